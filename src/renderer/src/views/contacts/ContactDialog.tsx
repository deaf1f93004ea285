import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Textarea,
  tokens
} from '@fluentui/react-components'
import { useRef, useState } from 'react'
import { sortGroups } from '../../../../shared/contacts/search'
import type { Register } from '../../../../shared/contract/contacts'
import type { Contact } from '../../../../shared/domain/contacts'
import { useNotify } from '../../components/useNotify'
import type { DraftField } from './contact-draft'
import { UnsavedChangesDialog } from '../../components/UnsavedChangesDialog'
import { GdprActions, type Notice } from './GdprActions'
import { OrganisationField } from './OrganisationField'
import { TEXTS } from './texts'
import { useContactForm } from './useContactForm'

const useStyles = makeStyles({
  surface: { maxWidth: '640px', width: '100%' },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  pair: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingHorizontalM, alignItems: 'start' },
  groups: { border: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalL },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: tokens.spacingVerticalXS },
  actions: { justifyContent: 'space-between', width: '100%' }
})

interface Props {
  /** null: a new contact. */
  contact: Contact | null
  register: Register
  onClose(): void
  onErase(contact: Contact): void
}

/**
 * Ny kontakt / Redigera kontakt: the form in a modal dialog. Esc or Avbryt closes it at once
 * when nothing was changed, and asks first when closing would throw her edits away.
 */
export function ContactDialog({ contact, register, onClose, onErase }: Props) {
  const styles = useStyles()
  const notify = useNotify()
  const [notice, setNotice] = useState<Notice | null>(null)
  const form = useContactForm(contact, register, (saved) => {
    onClose()
    // After the dialog is gone, so the toast is not created inside the modal's hidden outside.
    setTimeout(() => notify.success(TEXTS.form.saved(saved.name)), 0)
  })
  const { draft, errors, set, check } = form
  const [asking, setAsking] = useState(false)
  // Where she was when she tried to close, to put her back there if she keeps editing.
  const lastFocus = useRef<HTMLElement | null>(null)
  const requestClose = () => {
    if (!form.isDirty) {
      onClose()
      return
    }
    lastFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
    setAsking(true)
  }
  const keepEditing = () => {
    setAsking(false)
    // After the question has unmounted, or its focus handling would take focus back.
    requestAnimationFrame(() => lastFocus.current?.focus())
  }
  const fieldProps = (field: DraftField) => ({
    validationState: errors[field] ? ('error' as const) : ('none' as const),
    validationMessage: errors[field]
  })

  return (
    <Dialog open modalType="modal" onOpenChange={(_e, data) => !data.open && requestClose()}>
      <DialogSurface className={styles.surface}>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault()
            form.submit()
          }}
        >
          <DialogBody>
            <DialogTitle>{contact ? TEXTS.form.editTitle : TEXTS.form.newTitle}</DialogTitle>
            <DialogContent className={styles.form}>
              {form.formError && (
                <MessageBar intent="error" data-testid="contact-form-error">
                  <MessageBarBody>{form.formError === 'invalid' ? TEXTS.form.invalid : form.formError}</MessageBarBody>
                </MessageBar>
              )}
              {notice && (
                <MessageBar intent={notice.intent} data-testid="contact-notice">
                  <MessageBarBody>{notice.text}</MessageBarBody>
                </MessageBar>
              )}
              <Field label={TEXTS.form.name} required {...fieldProps('name')}>
                <Input value={draft.name} onChange={(_e, d) => set('name', d.value)} onBlur={() => check('name')} autoFocus />
              </Field>
              <Field label={TEXTS.form.title} {...fieldProps('title')}>
                <Input value={draft.title} onChange={(_e, d) => set('title', d.value)} onBlur={() => check('title')} />
              </Field>
              <OrganisationField
                register={register}
                value={draft.organisation}
                kind={draft.organisationKind}
                error={errors.organisation}
                onChange={(v) => set('organisation', v)}
                onKindChange={(k) => set('organisationKind', k)}
                onBlur={() => check('organisation')}
              />
              <div className={styles.pair}>
                <Field label={TEXTS.form.email} {...fieldProps('email')}>
                  <Input
                    type="email"
                    value={draft.email}
                    onChange={(_e, d) => set('email', d.value)}
                    onBlur={() => check('email')}
                  />
                </Field>
                <Field label={TEXTS.form.phone} hint={TEXTS.form.phoneHint} {...fieldProps('phone')}>
                  <Input
                    type="tel"
                    value={draft.phone}
                    onChange={(_e, d) => set('phone', d.value)}
                    onBlur={() => check('phone')}
                  />
                </Field>
              </div>
              <fieldset className={styles.groups}>
                <legend className={styles.legend}>{TEXTS.form.groups}</legend>
                {sortGroups(register.groups).map((g) => (
                  <Checkbox
                    key={g.id}
                    label={g.name}
                    checked={draft.groupIds.includes(g.id)}
                    onChange={(_e, d) =>
                      set('groupIds', d.checked ? [...draft.groupIds, g.id] : draft.groupIds.filter((id) => id !== g.id))
                    }
                  />
                ))}
              </fieldset>
              <Field label={TEXTS.form.notes} {...fieldProps('notes')}>
                <Textarea value={draft.notes} onChange={(_e, d) => set('notes', d.value)} resize="vertical" rows={3} />
              </Field>
            </DialogContent>
            <DialogActions fluid className={styles.actions}>
              <div>{contact && <GdprActions contact={contact} onErase={() => onErase(contact)} onNotice={setNotice} />}</div>
              <div>
                <Button appearance="primary" type="submit" disabledFocusable={form.isSaving}>
                  {TEXTS.form.save}
                </Button>{' '}
                <Button onClick={requestClose}>{TEXTS.form.cancel}</Button>
              </div>
            </DialogActions>
          </DialogBody>
        </form>
        <UnsavedChangesDialog open={asking} texts={TEXTS.discard} onStay={keepEditing} onLeave={onClose} />
      </DialogSurface>
    </Dialog>
  )
}
