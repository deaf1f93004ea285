import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  MessageBar,
  MessageBarBody,
  tokens
} from '@fluentui/react-components'
import { useRef, useState } from 'react'
import type { Register } from '../../../../shared/contract/contacts'
import type { Contact } from '../../../../shared/domain/contacts'
import { useCommand } from '../../commands/CommandsProvider'
import { SaveOutcome } from '../../components/SaveOutcome'
import { UnsavedChangesDialog } from '../../components/UnsavedChangesDialog'
import { useNotify } from '../../components/useNotify'
import { useContactExtract } from '../../hooks/contacts/useContactFiles'
import { ContactFields } from './ContactFields'
import { GdprActions } from './GdprActions'
import { TEXTS } from './texts'
import { useContactForm } from './useContactForm'

const useStyles = makeStyles({
  surface: { maxWidth: '640px', width: '100%' },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { justifyContent: 'space-between', width: '100%' }
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

/** Closing asks first only when it would throw her edits away; "keep editing" puts her back where she was. */
function useCloseGuard(isDirty: boolean, onClose: () => void) {
  const [asking, setAsking] = useState(false)
  const lastFocus = useRef<HTMLElement | null>(null)
  const requestClose = () => {
    if (!isDirty) return onClose()
    lastFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
    setAsking(true)
  }
  const keepEditing = () => {
    setAsking(false)
    // After the question has unmounted, or its focus handling would take focus back.
    requestAnimationFrame(() => lastFocus.current?.focus())
  }
  return { asking, requestClose, keepEditing }
}

/**
 * Ny kontakt / Redigera kontakt: the form in a modal dialog. Spara, Ctrl+S or Ctrl+Enter
 * saves; Esc or Avbryt closes it at once when nothing was changed, and asks first otherwise.
 */
export function ContactDialog({ contact, register, onClose, onSaved, onErase }: Props) {
  const styles = useStyles()
  const notify = useNotify()
  const extract = useContactExtract()
  const form = useContactForm(contact, register, (saved) => {
    onClose()
    onSaved(saved)
    // After the dialog is gone, so the toast is not created inside the modal's hidden outside.
    setTimeout(() => notify.success(TEXTS.form.saved(saved.name)), 0)
  })
  const guard = useCloseGuard(form.isDirty, onClose)
  useCommand('contactForm.save', form.submit)

  return (
    <Dialog open modalType="modal" onOpenChange={(_e, data) => !data.open && guard.requestClose()}>
      <DialogSurface className={styles.surface} data-command-scope="contactForm">
        <form noValidate onSubmit={(event) => (event.preventDefault(), form.submit())}>
          <DialogBody>
            <DialogTitle>{contact ? TEXTS.form.editTitle : TEXTS.form.newTitle}</DialogTitle>
            <DialogContent className={styles.form}>
              {form.formError && (
                <MessageBar intent="error" data-testid="contact-form-error">
                  <MessageBarBody>{form.formError === 'invalid' ? TEXTS.form.invalid : form.formError}</MessageBarBody>
                </MessageBar>
              )}
              <div role="status">
                <SaveOutcome result={extract.data} error={extract.error} texts={TEXTS.gdpr.extracted} />
              </div>
              <ContactFields form={form} register={register} />
            </DialogContent>
            <DialogActions fluid className={styles.actions}>
              <div>{contact && <GdprActions contact={contact} extract={extract} onErase={() => onErase(contact)} />}</div>
              <div>
                <Button appearance="primary" type="submit" disabledFocusable={form.isSaving}>
                  {TEXTS.form.save}
                </Button>{' '}
                <Button onClick={guard.requestClose}>{TEXTS.form.cancel}</Button>
              </div>
            </DialogActions>
          </DialogBody>
        </form>
        <UnsavedChangesDialog open={guard.asking} texts={TEXTS.discard} onStay={guard.keepEditing} onLeave={onClose} />
      </DialogSurface>
    </Dialog>
  )
}
