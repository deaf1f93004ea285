import { CONTACT_TEXT_LIMITS, type ImportedContact, type ImportMapping } from '../../../../shared/contract/contacts'
import { isValidEmail } from '../../../../shared/contacts/email'
import { parsePhone } from '../../../../shared/contacts/phone'
import type { TableRow } from './table'

const FIELD_NAMES = { name: 'namnet', title: 'titeln', organisation: 'organisationen', email: 'e-postadressen', notes: 'anteckningen' }

/** Why a mapping cannot be used: no name column, or a column the file does not have. */
export function mappingProblems(mapping: ImportMapping, columnCount: number): string[] {
  const problems: string[] = []
  if (mapping.name === null && mapping.firstName === null && mapping.lastName === null) {
    problems.push('Välj vilken kolumn som innehåller namn (eller förnamn och efternamn).')
  }
  if (Object.values(mapping).some((i) => i !== null && i >= columnCount)) problems.push('En vald kolumn finns inte i filen.')
  return problems
}

/** A cell's text; line breaks are kept only where they mean something (notes). */
function cell(row: TableRow, index: number | null, keepLines = false): string {
  if (index === null) return ''
  const text = (row.cells[index] ?? '').replace(/ *\r?\n */g, '\n').replace(keepLines ? /[^\S\n]+/g : /\s+/g, ' ').trim()
  // An apostrophe before = + - @ is our own (or Excel's) guard against formulas, not data.
  return text.replace(/^'(?=[=+\-@])/, '')
}

function phoneField(row: TableRow, raw: string, errors: string[]): string {
  const parsed = parsePhone(raw)
  if (parsed.ok) return parsed.value
  errors.push(`${row.label}: telefonnumret "${raw}" går inte att tolka.`)
  return ''
}

/** The phone column wins; a different mobile number then goes into the notes. */
function phones(row: TableRow, mapping: ImportMapping, errors: string[]): { phone: string; extraNote: string } {
  const phone = phoneField(row, cell(row, mapping.phone), errors)
  const mobile = phoneField(row, cell(row, mapping.mobile), errors)
  if (phone === '') return { phone: mobile, extraNote: '' }
  return { phone, extraNote: mobile !== '' && mobile !== phone ? `Mobil: ${mobile}` : '' }
}

/**
 * One row as a contact, or the reasons it cannot be one, each naming the row as the
 * user sees it in the file ("Rad 7: ogiltig e-postadress …").
 */
export function rowToContact(row: TableRow, mapping: ImportMapping): { contact: ImportedContact | null; errors: string[] } {
  if (row.error) return { contact: null, errors: [row.error] }
  const errors: string[] = []
  const joined = [cell(row, mapping.firstName), cell(row, mapping.lastName)].filter(Boolean).join(' ')
  const name = cell(row, mapping.name) || joined
  const email = cell(row, mapping.email).replace(/^mailto:/i, '')
  const { phone, extraNote } = phones(row, mapping, errors)
  const notes = [cell(row, mapping.notes, true), extraNote].filter(Boolean).join('\n')
  const contact: ImportedContact = { name, title: cell(row, mapping.title), email, phone, organisation: cell(row, mapping.organisation), notes }
  if (name === '') errors.push(`${row.label}: namn saknas.`)
  if (email !== '' && !isValidEmail(email)) errors.push(`${row.label}: ogiltig e-postadress "${email}".`)
  for (const [field, max] of Object.entries(CONTACT_TEXT_LIMITS) as [keyof typeof CONTACT_TEXT_LIMITS, number][]) {
    if (contact[field].length > max) errors.push(`${row.label}: ${FIELD_NAMES[field]} är längre än ${max} tecken.`)
  }
  return errors.length > 0 ? { contact: null, errors } : { contact, errors }
}
