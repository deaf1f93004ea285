import type { BackupKind, RegisterCounts } from '../../../../../shared/contract/backups'
import { formatDayMonthYear, formatTime, stockholmWallClock } from '../../../../../shared/format/dates'
import { formatDecimal } from '../../../../../shared/format/numbers'

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`

/** "12 kontakter, 2 möten, 1 seminarium". */
export const countsText = (c: RegisterCounts): string =>
  [plural(c.contacts, 'kontakt', 'kontakter'), plural(c.meetings, 'möte', 'möten'), plural(c.seminars, 'seminarium', 'seminarier')].join(', ')

/** "28 februari 2019 kl. 09.00" in Stockholm time; only the date for a copy without the store's stamp. */
export function savedAtText(entry: { date: string; savedAt: string | null }): string {
  if (!entry.savedAt) return formatDayMonthYear(entry.date)
  const { date, time } = stockholmWallClock(new Date(entry.savedAt))
  return `${formatDayMonthYear(date)} kl. ${formatTime(time.slice(0, 5))}`
}

export const sizeText = (bytes: number): string =>
  bytes < 1024 * 1024 ? `${formatDecimal(Math.max(1, Math.round(bytes / 1024)))} kB` : `${formatDecimal(bytes / 1024 / 1024, { maxDecimals: 1 })} MB`

export const KIND_TEXTS: Record<BackupKind, string> = {
  daily: 'Daglig',
  preMigration: 'Före uppdatering',
  preCleanup: 'Före rensning',
  preRestore: 'Före återställning'
}

export const DATA_TEXTS = {
  title: 'Data',
  description:
    'Samverkan sparar en säkerhetskopia varje dag och behåller dem i 14 dagar. Här kan du gå tillbaka till en av dem, eller flytta allt till en ny dator: exportera här och importera på den nya.',
  exportAll: 'Exportera allt…',
  importFile: 'Importera från fil…',
  openFolder: 'Öppna mappen',
  tableLabel: 'Säkerhetskopior',
  columns: { savedAt: 'Sparad', kind: 'Slag', size: 'Storlek', holds: 'Innehåll', action: 'Åtgärd' },
  restoreThis: 'Återställ den här',
  unreadable: 'Kan inte läsas',
  none: 'Inga säkerhetskopior ännu. Samverkan tar en varje dag som du använder programmet.',
  exported: { saved: 'Allt är exporterat', failed: 'Exporten sparades inte' },
  restored: 'Säkerhetskopian är återställd.',
  imported: 'Filen är importerad.',
  failed: 'Det gick inte',
  keptAs: (path: string) => `Det du hade innan finns kvar som säkerhetskopia: ${path}`
} as const

export const REPLACE_TEXTS = {
  restoreTitle: (when: string) => `Återställ säkerhetskopian från ${when}?`,
  importTitle: (file: string) => `Importera ${file}?`,
  now: 'Du har nu',
  after: 'Efter',
  lost: 'Det här finns inte i den och försvinner',
  nothingLost: 'Inget av det du har nu försvinner.',
  backupFirst: 'Det du har nu sparas först som en säkerhetskopia, så du kan gå tillbaka.',
  migrated: (version: string) => `Filen kommer från Samverkan ${version} och uppdateras till den här versionen.`,
  confirmRestore: 'Återställ',
  confirmImport: 'Importera',
  cancel: 'Avbryt'
} as const
