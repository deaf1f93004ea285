import type { ImportAction } from '../../../../../shared/contacts/schemas'
import { formatCount, plural } from '../texts'

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
  decision: (label: string) => `Vad ska hända med ${label}?`,
  matches: (name: string, reason: 'email' | 'nameAndOrganisation', source: 'register' | 'file', row: number | null) =>
    `Liknar ${name} ${source === 'file' && row !== null ? `(rad ${row} i filen)` : '(i registret)'}: ${
      reason === 'email' ? 'samma e-post' : 'samma namn och organisation'
    }.`,
  changes: 'Sammanslagningen ändrar:',
  alsoGroup: 'Lägg också alla importerade i gruppen',
  noGroup: '– ingen grupp –',
  commit: (n: number) => `Importera ${plural(n, 'kontakt', 'kontakter')}`,
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
