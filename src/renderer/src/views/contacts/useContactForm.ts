import { useState } from 'react'
import { parsePhone } from '../../../../shared/contacts/phone'
import type { Register } from '../../../../shared/contract/contacts'
import type { Contact } from '../../../../shared/domain/contacts'
import { ApiError, fieldErrors } from '../../api/client'
import { useSaveContact } from '../../hooks/contacts/useContactMutations'
import {
  asSentence,
  draftFrom,
  fieldOfPath,
  sameDraft,
  toInput,
  validateDraft,
  type ContactDraft,
  type DraftErrors,
  type DraftField
} from './contact-draft'

/** The service's field errors, by the form's field, as sentences. */
function serverErrors(error: unknown): DraftErrors {
  const fromServer: DraftErrors = {}
  for (const [path, message] of Object.entries(fieldErrors(error))) {
    const field = fieldOfPath(path)
    if (field) fromServer[field] = asSentence(message)
  }
  return fromServer
}

/**
 * The edit form's state: the draft, errors shown next to each field (checked when she
 * leaves a field and on save, with the service's own schema), and save, which sends
 * only a valid draft and shows the service's field errors if it still refuses.
 */
export function useContactForm(contact: Contact | null, register: Register, onSaved: (saved: Contact) => void) {
  // What the form opened with: closing asks first only when the draft differs from it.
  const [initial] = useState<ContactDraft>(() => draftFrom(contact, register))
  const [draft, setDraft] = useState<ContactDraft>(initial)
  const [errors, setErrors] = useState<DraftErrors>({})
  const [formError, setFormError] = useState<string | null>(null)
  const save = useSaveContact()

  const set = <K extends keyof ContactDraft>(field: K, value: ContactDraft[K]) => {
    setDraft((d) => ({ ...d, [field]: value }))
    // Her edit answers the complaint; the field is checked again when she leaves it.
    if (field in errors) setErrors(({ [field as DraftField]: _gone, ...rest }) => rest)
  }

  /** On leaving a field: its check, and the phone number shown grouped as it will be stored. */
  const check = (field: DraftField) => {
    if (field === 'phone') {
      const parsed = parsePhone(draft.phone)
      if (parsed.ok && parsed.value !== draft.phone) setDraft((d) => ({ ...d, phone: parsed.value }))
    }
    const message = validateDraft(draft, register)[field]
    setErrors((e) => {
      const { [field]: _old, ...rest } = e
      return message ? { ...rest, [field]: message } : rest
    })
  }

  const submit = () => {
    const found = validateDraft(draft, register)
    setErrors(found)
    if (Object.keys(found).length > 0 || save.isPending) {
      setFormError(Object.keys(found).length > 0 ? 'invalid' : null)
      return
    }
    setFormError(null)
    save.mutate(toInput(draft, register, contact?.id), {
      onSuccess: onSaved,
      onError: (error) => {
        setErrors(serverErrors(error))
        setFormError(error instanceof ApiError ? error.message : 'invalid')
      }
    })
  }

  const isDirty = !sameDraft(draft, initial)
  return { draft, errors, formError, isDirty, isSaving: save.isPending, set, check, submit }
}
