import { useRef, useState } from 'react'
import type { Register } from '../../../../shared/contract/contacts'
import type { Contact } from '../../../../shared/domain/contacts'
import { useCommand } from '../../commands/CommandsProvider'
import { useNotify } from '../../components/useNotify'
import { sameDraft, type ContactDraft } from './contact-draft'
import { TEXTS } from './texts'
import { useContactAutosave } from './useContactAutosave'
import { useContactForm } from './useContactForm'

type Closing = 'closed' | 'ask' | 'stay'

/** Closing asks first only when it would throw her edits away; "keep editing" puts her back where she was. */
function useCloseGuard(tryClose: () => Promise<Closing>) {
  const [asking, setAsking] = useState(false)
  const lastFocus = useRef<HTMLElement | null>(null)
  const requestClose = async () => {
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null
    if ((await tryClose()) !== 'ask') return
    lastFocus.current = focused
    setAsking(true)
  }
  const keepEditing = () => {
    setAsking(false)
    // After the question has unmounted, or its focus handling would take focus back.
    requestAnimationFrame(() => lastFocus.current?.focus())
  }
  return { asking, requestClose, keepEditing }
}

interface Options {
  /** null: a new contact. */
  contact: Contact | null
  register: Register
  onClose(): void
  /** After a save, once the dialog is closing: e.g. select the person in the list. */
  onSaved(contact: Contact): void
}

/**
 * The contact dialog's behaviour. A new person is created with Spara (a half-filled form
 * she cancels must leave nothing behind); an existing one saves itself as she edits, and
 * Stäng, Esc or Ctrl+S save what is left and close. Only edits that cannot be saved
 * (invalid, or the folder read-only) make closing ask first.
 */
export function useContactDialog({ contact, register, onClose, onSaved }: Options) {
  const notify = useNotify()
  const form = useContactForm(contact, register, onEdit)
  const auto = useContactAutosave(contact, register, form.setErrors)
  function onEdit(draft: ContactDraft, settled: boolean) {
    auto.edit(draft, settled)
  }
  const finish = (): Closing => {
    onClose()
    const saved = auto.saved()
    if (saved) onSaved(saved)
    return 'closed'
  }
  const created = (saved: Contact) => {
    onClose()
    onSaved(saved)
    // After the dialog is gone, so the toast is not created inside the modal's hidden outside.
    setTimeout(() => notify.success(TEXTS.form.saved(saved.name)), 0)
  }
  const tryClose = async (): Promise<Closing> => {
    const draft = form.latest.current
    if (contact === null) return sameDraft(draft, form.initial) ? finish() : 'ask'
    if (auto.isStored(draft, form.initial)) return finish()
    if (auto.readOnly || !form.checkAll()) return 'ask'
    return (await auto.settle(draft)) ? finish() : 'stay'
  }
  const guard = useCloseGuard(tryClose)
  const save = () => {
    if (contact === null) return form.submit(created)
    if (auto.readOnly) return void guard.requestClose()
    if (form.checkAll()) void auto.settle(form.latest.current).then((ok) => ok && finish())
  }
  useCommand('contactForm.save', save)
  return { form, auto, guard, save, discard: finish, isNew: contact === null }
}
