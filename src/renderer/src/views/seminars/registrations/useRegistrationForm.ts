import { useMemo, useRef, useState } from 'react'
import { buildSearchIndex, searchContacts, type SearchEntry } from '../../../../../shared/contacts/search'
import type { Register } from '../../../../../shared/contract/contacts'
import { useAddRegistration } from '../../../hooks/seminars/useRegistrationMutations'
import { useRegistrationPreview } from '../../../hooks/seminars/useSeminars'
import { EMPTY_REGISTRATION, readSeats, registrationInput, type RegistrationForm } from './registration-form'
import { REGISTRATION_TEXTS as T } from './texts'

const MAX_OPTIONS = 20

/**
 * One registration typed while she is on the phone: the register searched as she types
 * the name, the decision (booked, waiting list and why, duplicate, late) asked of main on
 * every change, Enter to register; the form then clears and the name field has focus again.
 */
export function useRegistrationForm(seminarId: string, register: Register | undefined) {
  const [form, setForm] = useState<RegistrationForm>(EMPTY_REGISTRATION)
  const [done, setDone] = useState('')
  // Open only while there are matches: a new person's name shows no empty list under it.
  const [listOpen, setListOpen] = useState(false)
  const nameField = useRef<HTMLInputElement>(null)
  const index = useMemo(() => buildSearchIndex(register?.contacts ?? [], register?.organisations ?? []), [register])
  const input = registrationInput(seminarId, form)
  const preview = useRegistrationPreview(input ? { ...input, addToRegister: false } : null)
  const add = useAddRegistration()
  const decision = input ? preview.data : undefined
  const options: SearchEntry[] = form.name.trim() === '' || form.contactId ? [] : searchContacts(index, form.name).slice(0, MAX_OPTIONS)

  const pick = (contactId: string) => {
    const entry = index.entries.find((e) => e.contact.id === contactId)
    if (entry) setForm({ ...form, contactId, name: entry.contact.name, organisation: entry.organisation?.name ?? '', email: entry.contact.email, addToRegister: false })
  }
  const submit = () => {
    if (!input || decision?.outcome === 'duplicate' || add.isPending) return
    add.mutate(input, {
      onSuccess: (added) => {
        const where = added.registration.status === 'waitlisted' ? T.waiting(added.decision.waitingPosition) : T.booked
        setDone(T.added(added.registration.name, where))
        setForm(EMPTY_REGISTRATION)
        nameField.current?.focus()
      }
    })
  }
  return {
    form, options, decision, done, nameField, add, listOpen, setListOpen,
    seatsError: readSeats(form.seats) === null ? 'Skriv 1–100' : undefined,
    set: (patch: Partial<RegistrationForm>) => (setForm({ ...form, ...patch }), add.reset()),
    // Editing a picked person's name starts a typed one: the register's organisation and address go with the pick.
    typeName: (name: string) => (setForm(form.contactId ? { ...form, name, contactId: null, organisation: '', email: '' } : { ...form, name }), setListOpen(true), add.reset()),
    pick,
    submit
  }
}
