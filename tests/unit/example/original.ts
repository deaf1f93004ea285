import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The real minutes the example is built on (a verbatim copy of the text extracted from
 * the original document, kept next to the tests so they run on any machine), read and
 * taken apart here so the tests compare the example data with the source text rather
 * than with copied constants.
 */
export const ORIGINAL_PATH = join(import.meta.dirname, 'minnesanteckningar-lokala-bra-2019-02-22.txt')

export interface OriginalMinutes {
  placeAndDate: string
  /** Name and role as listed under "Kallade". Every name in these minutes is two words. */
  invitees: { name: string; role: string }[]
  time: string
  place: string
  /** Item number -> the item's whole text (title and notes) as in the original. */
  items: Map<number, string>
  contact: { name: string; phone: string; email: string }
}

const between = (text: string, start: string, end: string): string => {
  const from = text.indexOf(start) + start.length
  return text.slice(from, text.indexOf(end, from)).trim()
}

export function readOriginal(): OriginalMinutes {
  const text = readFileSync(ORIGINAL_PATH, 'utf8').replace(/\r\n/g, '\n')
  const invitees = between(text, 'Kallade:', 'Tidpunkt:')
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((words) => words.length >= 2)
    .map((words) => ({ name: words.slice(0, 2).join(' '), role: words.slice(2).join(' ') }))
  const body = between(text, 'Plats:', 'Kontakt:')
  const place = body.split('\n')[0].trim()
  const items = new Map<number, string>()
  const parts = body.slice(place.length).split(/^(\d)\. /m)
  for (let i = 1; i < parts.length; i += 2) items.set(Number(parts[i]), parts[i + 1].trim())
  const contact = text.slice(text.indexOf('Kontakt:') + 'Kontakt:'.length)
  const [, name, phone] = /^\s*(.+?), tel: ([\d -]+?)\s*$/m.exec(contact) ?? []
  return {
    placeAndDate: text.trim().split('\n')[0].trim(),
    invitees,
    time: between(text, 'Tidpunkt:', 'Plats:'),
    place,
    items,
    contact: { name, phone, email: /\S+@\S+/.exec(contact)?.[0] ?? '' }
  }
}

/**
 * The text with all white space removed: the extracted original breaks lines anywhere
 * (even inside "Hägersten-\nLiljeholmen") and has stray spaces, so comparing without
 * white space still checks every other character, in order.
 */
export const squeeze = (s: string): string => s.replace(/\s+/g, '')
