import type { ApiInput } from '../../../../../shared/contract'

/** The registration form as she types it; contactId is set when she picked someone from the register. */
export interface RegistrationForm {
  contactId: string | null
  name: string
  organisation: string
  email: string
  seats: string
  dietaryNeeds: string
  addToRegister: boolean
}

export const EMPTY_REGISTRATION: RegistrationForm = { contactId: null, name: '', organisation: '', email: '', seats: '1', dietaryNeeds: '', addToRegister: false }

/** Seats as typed: a whole number 1–100, else null (the field says so). */
export function readSeats(text: string): number | null {
  const t = text.trim()
  if (!/^\d{1,3}$/.test(t)) return null
  const n = Number(t)
  return n >= 1 && n <= 100 ? n : null
}

/** What the preview and the save are asked with; null while there is no one to register or the seats do not read. */
export function registrationInput(seminarId: string, form: RegistrationForm): ApiInput<'seminars.addRegistration'> | null {
  const seats = readSeats(form.seats)
  if (seats === null || (form.contactId === null && form.name.trim() === '')) return null
  const typed = form.contactId === null
  return {
    seminarId,
    contactId: form.contactId,
    name: form.name.trim(),
    organisation: form.organisation.trim(),
    email: form.email.trim(),
    seats,
    dietaryNeeds: form.dietaryNeeds.trim(),
    addToRegister: typed && form.addToRegister
  }
}
