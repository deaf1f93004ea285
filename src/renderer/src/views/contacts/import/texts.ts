import type { ImportAction } from '../../../../../shared/contract/contacts'
import { formatCount, plural } from '../texts'

/** "Rad 3" / "Kontakt 3" inside a sentence: "… med rad 3?" */
const midSentence = (label: string): string => label.charAt(0).toLocaleLowerCase('sv') + label.slice(1)

/** A value in Swedish quotation marks, or "(tomt)" for an empty one (not ””). */
const quoted = (value: string): string => (value.trim() === '' ? '(tomt)' : `”${value}”`)

/** The import wizard's Swedish strings. */
export const IMPORT_TEXTS = {
  title: 'Importera kontakter',
  steps: { mapping: 'Steg 1 av 3: Kolumner', decisions: 'Steg 2 av 3: Kontrollera', summary: 'Steg 3 av 3: Klart' },
  file: (name: string, rows: number) => `${name} – ${plural(rows, 'rad', 'rader')}`,
  mappingIntro:
    'Samverkan har gissat vilken kolumn som hör till vilket fält. Kontrollera och ändra vid behov. Inget sparas förrän du bekräftar.',
  mappingLegend: 'Fält i registret',
  noColumn: '– ingen kolumn –',
  preview: 'Förhandsvisning av de första raderna',
  problems: 'Problem i filen',
  analyse: 'Fortsätt',
  back: 'Tillbaka',
  cancel: 'Avbryt',
  counts: (n: { new: number; duplicate: number; error: number }) =>
    `${formatCount(n.new)} ${n.new === 1 ? 'ny' : 'nya'}, ${plural(n.duplicate, 'dubblett', 'dubbletter')}, ${plural(n.error, 'rad', 'rader')} med fel`,
  duplicatesHeading: 'Dubbletter',
  duplicatesIntro: 'De här raderna liknar en kontakt som redan finns. Välj för varje rad vad som ska hända.',
  errorsHeading: 'Rader som inte kan importeras',
  decision: (label: string) => `Vad ska hända med ${midSentence(label)}?`,
  matches: (name: string, reason: 'email' | 'nameAndOrganisation', source: 'register' | 'file', row: number | null) =>
    `Liknar ${name} ${source === 'file' && row !== null ? `(rad ${row} i filen)` : '(i registret)'}: ${
      reason === 'email' ? 'samma e-post' : 'samma namn och organisation'
    }.`,
  changes: 'Sammanslagningen ändrar:',
  alsoGroup: 'Lägg också alla importerade i gruppen',
  noGroup: '– ingen grupp –',
  /** Says what happens: "Lägg till 3, slå ihop 2"; one kind alone names the contacts. */
  commit: ({ add, merge }: { add: number; merge: number }) => {
    if (merge === 0) return `Lägg till ${plural(add, 'kontakt', 'kontakter')}`
    if (add === 0) return `Slå ihop ${plural(merge, 'kontakt', 'kontakter')}`
    return `Lägg till ${formatCount(add)}, slå ihop ${formatCount(merge)}`
  },
  /** One field a merge changes: Titel/roll: ”Kommunpolis” → ”Områdespolis”; nothing is "(tomt)". */
  change: (field: string, from: string, to: string) => `${field}: ${quoted(from)} → ${quoted(to)}`,
  summaryHeading: 'Importen är klar',
  added: (n: number) => `${plural(n, 'ny kontakt', 'nya kontakter')} lades till.`,
  merged: (n: number) => `${plural(n, 'kontakt', 'kontakter')} slogs ihop med befintliga.`,
  organisations: (n: number) => `${plural(n, 'ny organisation', 'nya organisationer')} skapades.`,
  skipped: (n: number) => `${plural(n, 'rad', 'rader')} hoppades över:`,
  close: 'Stäng',
  more: (n: number) => `Visa fler (${plural(n, 'rad', 'rader')} till)`,
  undo: 'Ångra importen',
  undoneHeading: 'Importen är ångrad',
  removed: (n: number) => `${plural(n, 'tillagd kontakt', 'tillagda kontakter')} togs bort.`,
  restored: (n: number) => `${plural(n, 'sammanslagen kontakt', 'sammanslagna kontakter')} återställdes.`,
  organisationsRemoved: (n: number) => `${plural(n, 'ny organisation', 'nya organisationer')} togs bort.`,
  changedSince: (names: string[]) => `Ändrade efter importen och lämnade som de är: ${names.join(', ')}.`
} as const

export const ACTION_LABELS: Record<ImportAction, string> = {
  merge: 'Slå ihop',
  skip: 'Hoppa över',
  add: 'Lägg till'
}
