import type { SearchEntry } from './search'
import { swedishCollator } from './normalise'

/** How the list of people is ordered: by the name as written (first name first), or by last name. */
export const CONTACT_ORDERS = ['firstName', 'lastName'] as const
export type ContactOrder = (typeof CONTACT_ORDERS)[number]

/**
 * The last name: the name's last word ("Ann-Marie Strömberg" → "Strömberg"); a nickname
 * in quotation marks is not a name part ("Bengt ”Spider” Jansson" → "Jansson").
 */
export function lastNameOf(name: string): string {
  const words = name.trim().split(/\s+/)
  return words[words.length - 1] ?? ''
}

/** Entries by last name, then the whole name, in Swedish collation (Å, Ä, Ö after Z). */
export function byLastName(entries: readonly SearchEntry[]): SearchEntry[] {
  const keyed = entries.map((entry) => ({ entry, last: lastNameOf(entry.contact.name) }))
  keyed.sort((a, b) => swedishCollator.compare(a.last, b.last) || swedishCollator.compare(a.entry.contact.name, b.entry.contact.name))
  return keyed.map((k) => k.entry)
}
