import { foldForSearch, swedishCollator } from '../../../../../shared/contacts/normalise'
import { queryWords } from '../../../../../shared/contacts/search'
import type { Registration } from '../../../../../shared/domain/seminars'

/** One person at the door: a booked registration, ticked or not. */
export interface DoorEntry {
  registration: Registration
  haystack: string
}

/** Who is expected at the door: booked and attended, sorted by name then organisation; searched by name or organisation. */
export function doorList(registrations: readonly Registration[]): DoorEntry[] {
  return registrations
    .filter((r) => r.status === 'booked' || r.status === 'attended')
    .map((registration) => ({ registration, haystack: foldForSearch(`${registration.name}\n${registration.organisation}`) }))
    .sort((a, b) => swedishCollator.compare(a.registration.name, b.registration.name) || swedishCollator.compare(a.registration.organisation, b.registration.organisation))
}

/** Every query word must occur in the name or the organisation (the contacts search's rules). */
export function searchDoor(entries: readonly DoorEntry[], query: string): DoorEntry[] {
  const words = queryWords(query)
  if (words.length === 0) return [...entries]
  return entries.filter((e) => words.every((w) => e.haystack.includes(w)))
}
