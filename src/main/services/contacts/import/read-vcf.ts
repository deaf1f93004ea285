import ICAL from 'ical.js'
import { decodeText } from './decode'
import type { ImportTable, TableRow } from './table'
import { upgradeVcard21 } from './vcard21'

/** vCards become a table with these fixed columns, so mapping and analysis work as for Excel. */
export const VCARD_HEADERS = ['Namn', 'Förnamn', 'Efternamn', 'E-post', 'Telefon', 'Mobil', 'Organisation', 'Titel', 'Anteckningar']

type JCardProperty = [string, Record<string, unknown>, string, ...unknown[]]
type JCard = ['vcard', JCardProperty[], unknown[]]

const props = (card: JCard, name: string) => card[1].filter((p) => p[0] === name)
const valueText = (value: unknown): string =>
  (Array.isArray(value) ? value.map(valueText).filter((s) => s !== '').join(', ') : String(value ?? '')).trim()
const first = (card: JCard, name: string): string => valueText(props(card, name)[0]?.[3])

function types(p: JCardProperty): string[] {
  const t = p[1].type
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase())
}

function phones(card: JCard): { phone: string; mobile: string } {
  const tels = props(card, 'tel').map((p) => ({ isMobile: types(p).includes('cell'), text: valueText(p[3]).replace(/^tel:/i, '') }))
  return {
    phone: tels.find((t) => !t.isMobile)?.text ?? '',
    mobile: tels.find((t) => t.isMobile)?.text ?? ''
  }
}

function cardCells(card: JCard): string[] {
  const n = props(card, 'n')[0]?.[3]
  const [family, given] = Array.isArray(n) ? n.map(valueText) : [valueText(n), '']
  const { phone, mobile } = phones(card)
  const name = first(card, 'fn') || [given, family].filter(Boolean).join(' ')
  return [name, given ?? '', family ?? '', first(card, 'email'), phone, mobile, first(card, 'org'), first(card, 'title'), first(card, 'note')]
}

/**
 * Reads vCard 3.0 and 4.0 (as Outlook exports them) with ical.js, which unfolds long
 * lines and unescapes values; 2.1 is rewritten as 3.0 first (vcard21.ts).
 * Each card is a row numbered by its place in the file.
 */
export function readVcf(bytes: Uint8Array): ImportTable {
  const text = upgradeVcard21(decodeText(bytes))
  let parsed: unknown
  try {
    parsed = ICAL.parse(text)
  } catch {
    return { format: 'vcf', headers: VCARD_HEADERS, rows: [], problems: ['Filen kunde inte läsas som vCard (.vcf).'] }
  }
  const list = (Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed : [parsed]) as JCard[]
  const cards = list.filter((c) => Array.isArray(c) && c[0] === 'vcard')
  const rows: TableRow[] = cards.map((card, i) => ({ rowNumber: i + 1, label: `Kontakt ${i + 1}`, cells: cardCells(card) }))
  const problems = cards.length === 0 ? ['Filen innehåller inga kontaktkort (vCard).'] : []
  return { format: 'vcf', headers: VCARD_HEADERS, rows, problems }
}
