import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  Text,
  tokens
} from '@fluentui/react-components'
import type { Register } from '../../../../shared/contract/contacts'
import type { Contact } from '../../../../shared/domain/contacts'
import { SaveOutcome } from '../../components/SaveOutcome'
import { UnsavedChangesDialog } from '../../components/UnsavedChangesDialog'
import { useContactExtract } from '../../hooks/contacts/useContactFiles'
import { ContactFields } from './ContactFields'
import { GdprActions } from './GdprActions'
import { TEXTS } from './texts'
import { useContactDialog } from './useContactDialog'

const useStyles = makeStyles({
  surface: { maxWidth: '640px', width: '100%' },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { justifyContent: 'space-between', width: '100%' },
  gdpr: { flexShrink: 0 },
  end: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, minWidth: 0 },
  failed: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold }
})

interface Props {
  /** null: a new contact. */
  contact: Contact | null
  register: Register
  onClose(): void
  /** After a save, once the dialog is closing: e.g. select the person in the list. */
  onSaved(contact: Contact): void
  onErase(contact: Contact): void
}

type DialogState = ReturnType<typeof useContactDialog>

/**
 * Ny kontakt / Redigera kontakt: the form in a modal dialog. A new person: Spara, Ctrl+S
 * or Ctrl+Enter. An existing one saves itself; Stäng, Esc or Ctrl+S close it. Closing
 * asks first only when edits would be lost.
 */
export function ContactDialog({ contact, register, onClose, onSaved, onErase }: Props) {
  const styles = useStyles()
  const extract = useContactExtract()
  const dialog = useContactDialog({ contact, register, onClose, onSaved })
  const { guard } = dialog
  return (
    <Dialog open modalType="modal" onOpenChange={(_e, data) => !data.open && void guard.requestClose()}>
      <DialogSurface className={styles.surface} data-command-scope="contactForm">
        <form noValidate onSubmit={(event) => (event.preventDefault(), dialog.save())}>
          <DialogBody>
            <DialogTitle>{contact ? TEXTS.form.editTitle : TEXTS.form.newTitle}</DialogTitle>
            <DialogContent className={styles.form}>
              <FormMessages dialog={dialog} extract={extract} />
              <ContactFields form={dialog.form} register={register} />
            </DialogContent>
            <DialogActions fluid className={styles.actions}>
              <div className={styles.gdpr}>{contact && <GdprActions contact={contact} extract={extract} onErase={() => onErase(contact)} />}</div>
              <FormButtons dialog={dialog} />
            </DialogActions>
          </DialogBody>
        </form>
        <UnsavedChangesDialog open={guard.asking} texts={TEXTS.discard} onStay={guard.keepEditing} onLeave={dialog.discard} />
      </DialogSurface>
    </Dialog>
  )
}

/** Why a save was refused, and what became of a register extract. */
function FormMessages({ dialog, extract }: { dialog: DialogState; extract: ReturnType<typeof useContactExtract> }) {
  const { formError } = dialog.form
  return (
    <>
      {/* Editing says so in its save status instead, beside Stäng. */}
      {formError && dialog.isNew && (
        <MessageBar intent="error" data-testid="contact-form-error">
          <MessageBarBody>{formError === 'invalid' ? TEXTS.form.invalid : formError}</MessageBarBody>
        </MessageBar>
      )}
      <div role="status">
        <SaveOutcome result={extract.data} error={extract.error} texts={TEXTS.gdpr.extracted} />
      </div>
    </>
  )
}

/** New: Spara (the form's submit) and Avbryt. Editing: whether it is saved, and Stäng. */
function FormButtons({ dialog }: { dialog: DialogState }) {
  const styles = useStyles()
  const { guard, auto } = dialog
  if (!dialog.isNew) {
    return (
      <div className={styles.end}>
        <Text role="status" data-testid="contact-save-state" className={mergeClasses((auto.failed || auto.readOnly) && styles.failed)}>
          {auto.status}
        </Text>
        <Button appearance="primary" onClick={() => void guard.requestClose()}>
          {TEXTS.form.close}
        </Button>
      </div>
    )
  }
  return (
    <div>
      <Button appearance="primary" type="submit" disabledFocusable={dialog.form.isSaving}>
        {TEXTS.form.save}
      </Button>{' '}
      <Button onClick={() => void guard.requestClose()}>{TEXTS.form.cancel}</Button>
    </div>
  )
}
