import { useRef } from 'react'
import type { Register } from '../../../../shared/contract/contacts'
import type { Contact } from '../../../../shared/domain/contacts'
import { ApiError } from '../../api/client'
import { autosaveText } from '../../drafts/autosave'
import { useAutosave } from '../../drafts/useAutosave'
import { useSaveContact } from '../../hooks/contacts/useContactMutations'
import { sameDraft, toInput, validateDraft, type ContactDraft, type DraftErrors } from './contact-draft'
import { TEXTS } from './texts'

/**
 * Editing a person saves itself (useAutosave): 800 ms after her last change, only a draft
 * the service's schema accepts; an invalid one is not sent, and its fields are marked.
 * `settle` saves what she has typed now (Stäng, Esc, Ctrl+S) and says whether all of it is stored.
 */
export function useContactAutosave(contact: Contact | null, register: Register, setErrors: (errors: DraftErrors) => void) {
  const mutation = useSaveContact()
  const latestRegister = useRef(register)
  latestRegister.current = register
  // What is stored now, as a draft and as the service answered (to select her in the list after).
  const stored = useRef<{ draft: ContactDraft | null; contact: Contact | null }>({ draft: null, contact: null })
  const failed = useRef(false)
  const autosave = useAutosave<ContactDraft>(async (draft) => {
    failed.current = true
    const found = validateDraft(draft, latestRegister.current)
    setErrors(found)
    if (Object.keys(found).length > 0) throw new ApiError('invalidInput', TEXTS.form.fixFields)
    const saved = await mutation.mutateAsync(toInput(draft, latestRegister.current, contact?.id))
    stored.current = { draft, contact: saved }
    failed.current = false
  })
  const isStored = (draft: ContactDraft, initial: ContactDraft) => sameDraft(draft, stored.current.draft ?? initial)
  const edit = (draft: ContactDraft, settled: boolean) => {
    if (contact !== null && settled) autosave.change(draft)
  }
  const settle = async (draft: ContactDraft): Promise<boolean> => {
    autosave.change(draft)
    await autosave.flush()
    return !failed.current
  }
  const status = autosave.readOnly ? TEXTS.form.readOnly : autosaveText(autosave.state) || TEXTS.form.autosaves
  return { edit, settle, isStored, status, failed: autosave.state.status === 'failed', readOnly: autosave.readOnly, saved: () => stored.current.contact }
}
