import { useRef, useState } from 'react'
import { parsePhone } from '../../../../shared/contacts/phone'
import type { Register } from '../../../../shared/contract/contacts'
import type { Contact } from '../../../../shared/domain/contacts'
import { ApiError, fieldErrors } from '../../api/client'
import { useSaveContact } from '../../hooks/contacts/useContactMutations'
import { asSentence, draftFrom, fieldOfPath, toInput, validateDraft, type ContactDraft, type DraftErrors, type DraftField } from './contact-draft'

/** The service's field errors, by the form's field, as sentences. */
export function serverErrors(error: unknown): DraftErrors {
  const fromServer: DraftErrors = {}
  for (const [path, message] of Object.entries(fieldErrors(error))) {
    const field = fieldOfPath(path)
    if (field) fromServer[field] = asSentence(message)
  }
  return fromServer
}

/** State whose latest value is readable at once, before React renders it (two edits in one event). */
function useLatest(initial: ContactDraft) {
  const [draft, setDraftState] = useState<ContactDraft>(initial)
  const latest = useRef(initial)
  const setDraft = (next: ContactDraft) => {
    latest.current = next
    setDraftState(next)
  }
  return { draft, latest, setDraft }
}

/**
 * After each edit, the new draft (the edit form saves it). `settled` is false while she is
 * still typing an organisation's name: saving then would create an organisation for each
 * half-typed name, so that field is saved when she leaves it.
 */
export type OnEdit = (draft: ContactDraft, settled: boolean) => void

/**
 * The form's state: the draft, errors shown next to each field (checked when she leaves
 * a field and on save, with the service's own schema), and `submit` for a new contact,
 * which sends only a valid draft and shows the service's field errors if it still refuses.
 */
export function useContactForm(contact: Contact | null, register: Register, onEdit: OnEdit) {
  // What the form opened with: closing asks first only when the draft differs from it.
  const [initial] = useState<ContactDraft>(() => draftFrom(contact, register))
  const { draft, latest, setDraft } = useLatest(initial)
  const [errors, setErrors] = useState<DraftErrors>({})
  const [formError, setFormError] = useState<string | null>(null)
  const save = useSaveContact()

  const set = <K extends keyof ContactDraft>(field: K, value: ContactDraft[K]) => {
    setDraft({ ...latest.current, [field]: value })
    // Her edit answers the complaint; the field is checked again when she leaves it.
    if (field in errors) setErrors(({ [field as DraftField]: _gone, ...rest }) => rest)
    onEdit(latest.current, field !== 'organisation')
  }

  /** On leaving a field: its check, and the phone number shown grouped as it will be stored. */
  const check = (field: DraftField) => {
    const parsed = field === 'phone' ? parsePhone(latest.current.phone) : null
    if (parsed?.ok && parsed.value !== latest.current.phone) setDraft({ ...latest.current, phone: parsed.value })
    const message = validateDraft(latest.current, register)[field]
    setErrors(({ [field]: _old, ...rest }) => (message ? { ...rest, [field]: message } : rest))
    if (field === 'organisation') onEdit(latest.current, true)
  }

  /** Every field checked at once; true when the draft may be saved. */
  const checkAll = (): boolean => {
    const found = validateDraft(latest.current, register)
    setErrors(found)
    const valid = Object.keys(found).length === 0
    setFormError(valid ? null : 'invalid')
    return valid
  }

  const submit = (onSaved: (saved: Contact) => void) => {
    if (!checkAll() || save.isPending) return
    save.mutate(toInput(latest.current, register, contact?.id), {
      onSuccess: onSaved,
      onError: (error) => {
        setErrors(serverErrors(error))
        setFormError(error instanceof ApiError ? error.message : 'invalid')
      }
    })
  }

  return { initial, draft, latest, errors, setErrors, formError, isSaving: save.isPending, set, check, checkAll, submit }
}
