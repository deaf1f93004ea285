import type { StartupReport } from '../../shared/contract/app'
import { AppError } from '../errors'
import { errorCode } from './fs'
import { formatDayMonthYear } from '../../shared/format/dates'
import type { LockContent, LockIdentity } from './lock'

/** Why a file operation failed, in words the coordinator can act on. */
export function describeFsError(error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'disken är full'
    case 'EROFS':
      return 'mappen är skrivskyddad'
    case 'EACCES':
    case 'EPERM':
      return 'Samverkan saknar behörighet att skriva i mappen'
    case 'ENOTDIR':
    case 'ENOENT':
      return 'mappen finns inte eller går inte att skapa'
    case 'EBUSY':
      return 'filen används av ett annat program'
    default:
      return `ett fel uppstod när filen skulle skrivas (${errorCode(error) ?? 'okänt fel'})`
  }
}

export function saveFailed(error: unknown): AppError {
  return new AppError(
    'storage',
    `Ändringen kunde inte sparas eftersom ${describeFsError(error)}. ` +
      'Det som redan var sparat finns kvar. Åtgärda problemet och försök igen.'
  )
}

export const invalidChange = (): AppError =>
  new AppError(
    'internal',
    'Ändringen stoppades eftersom den skulle ha gjort datafilen ogiltig. Ingenting sparades. Kontakta IT-supporten.'
  )

export const storeClosed = (): AppError =>
  new AppError('storage', 'Ändringen kunde inte sparas eftersom Samverkan håller på att stängas.')

const report = (status: StartupReport['status'], message: string | null, extra: Partial<StartupReport> = {}): StartupReport => ({
  status,
  message,
  quarantinedPath: null,
  backupUsed: null,
  migratedFrom: null,
  ...extra
})

export const okReport = (): StartupReport => report('ok', null)

/** A first start is normal: nothing to explain. */
export const createdReport = (): StartupReport => report('created', null)

export const migratedReport = (fromVersion: number, backupPath: string): StartupReport =>
  report(
    'ok',
    `Datafilen har uppdaterats till den nya versionen av Samverkan. En kopia av filen som den såg ut före uppdateringen finns i ${backupPath}.`,
    { migratedFrom: fromVersion }
  )

/** Why the files were moved aside: the data file itself, or its journal of changes. */
export type BrokenPart = 'file' | 'journal'

const brokenSentence = (part: BrokenPart, quarantinedPath: string): string =>
  part === 'file'
    ? `Datafilen gick inte att läsa och har flyttats undan till ${quarantinedPath}. `
    : `Datafilens logg över sparade ändringar (samverkan.journal) var skadad eller hörde inte ihop med datafilen. ` +
      `Båda har flyttats undan oförändrade, till ${quarantinedPath} med en .journal-fil bredvid. `

export const restoredReport = (quarantinedPath: string, backupPath: string, backupDate: string, part: BrokenPart = 'file', note = ''): StartupReport =>
  report(
    'restoredFromBackup',
    brokenSentence(part, quarantinedPath) +
      `Samverkan har i stället öppnat säkerhetskopian från ${formatDayMonthYear(backupDate)}. ` +
      'Ändringar som gjordes efter det kan saknas.' +
      note,
    { quarantinedPath, backupUsed: backupPath }
  )

export const startedEmptyReport = (quarantinedPath: string, part: BrokenPart = 'file'): StartupReport =>
  report(
    'startedEmpty',
    brokenSentence(part, quarantinedPath) +
      'Det fanns ingen säkerhetskopia som gick att använda, så Samverkan har startat med ett tomt register. ' +
      'Kontakta IT-supporten om du behöver få tillbaka uppgifterna ur den gamla filen.',
    { quarantinedPath }
  )

export const unwritableReport = (dataDir: string, error: unknown): StartupReport =>
  report(
    'unwritable',
    `Samverkan kan inte spara i datamappen ${dataDir} eftersom ${describeFsError(error)}. ` +
      'Du kan titta på dina uppgifter, men inga ändringar sparas. Kontakta IT-supporten.'
  )

/** Where the data is open, in words: "på datorn X" or "i en annan session på den här datorn". */
function whereOpen(holder: LockContent | null, me: LockIdentity): string {
  if (!holder) return 'i ett annat fönster eller av en annan användare'
  if (holder.host !== me.host) return `på datorn ${holder.host}`
  if (holder.session !== me.session) return 'i en annan inloggning på den här datorn'
  return 'i ett annat fönster på den här datorn'
}

export const alreadyOpenReport = (holder: LockContent | null, me: LockIdentity): StartupReport =>
  report(
    'unwritable',
    `Samverkan är redan öppet med samma uppgifter ${whereOpen(holder, me)}. ` +
      'Stäng Samverkan där och starta Samverkan igen här. Tills dess sparas inga ändringar här.'
  )

export const lockLostError = (holder: LockContent, me: LockIdentity): AppError =>
  new AppError(
    'storage',
    `Ändringen kunde inte sparas eftersom Samverkan har öppnats med samma uppgifter ${whereOpen(holder, me)} medan den här datorn var i viloläge. ` +
      'Stäng Samverkan här; det som redan var sparat finns kvar.'
  )

/** Transient trouble (antivirus, backup software): the file was not read, so it is not judged broken either. */
export const unreadableReport = (dataFile: string, error: unknown): StartupReport =>
  report(
    'unwritable',
    `Datafilen ${dataFile} gick inte att läsa just nu eftersom ${describeReadError(error)}. ` +
      'Filen har inte ändrats. Du kan titta på det som gick att läsa, men inga ändringar sparas. ' +
      'Stäng Samverkan och försök igen om en stund; kontakta IT-supporten om det inte hjälper.'
  )

function describeReadError(error: unknown): string {
  switch (errorCode(error)) {
    case 'EBUSY':
    case 'EPERM':
      return 'den används av ett annat program (till exempel antivirus eller säkerhetskopiering)'
    case 'EACCES':
      return 'Samverkan saknar behörighet att läsa den'
    case 'EMFILE':
    case 'ENFILE':
      return 'datorn har för många filer öppna'
    default:
      return `ett fel uppstod vid läsningen (${errorCode(error) ?? 'okänt fel'})`
  }
}

export const tornTailReport = (): StartupReport =>
  report(
    'ok',
    'Samverkan stängdes oväntat mitt i en sparning förra gången. Den ändring som inte hann sparas klart har tagits bort; ' +
      'allt som hann sparas finns kvar.'
  )

export const droppedFieldsReport = (copyPath: string): StartupReport =>
  report(
    'ok',
    `Datafilen innehöll uppgifter som den här versionen av Samverkan inte känner till. De sparas inte längre, ` +
      `men en kopia av filen som den såg ut finns i ${copyPath}.`
  )

/** Appended to a restore message when backups dated after today were passed over. */
export const futureBackupsNote = (count: number): string =>
  count === 0 ? '' : ` ${count === 1 ? 'En säkerhetskopia' : `${count} säkerhetskopior`} med datum i framtiden användes inte.`

/** See the refusal in open.ts: the file is left exactly as it is. */
export const newerVersionReport = (dataFile: string, version: number | null): StartupReport =>
  report(
    'unwritable',
    `Datafilen ${dataFile} är skapad av en nyare version av Samverkan (dataformat ${version ?? 'okänt'}). ` +
      'Den här versionen kan inte läsa den och har därför inte rört filen. ' +
      'Installera den nyare versionen av Samverkan igen, eller kontakta IT-supporten.'
  )

/** Why a read-only store refuses a change. */
export const readOnlyError = (startup: StartupReport): AppError =>
  new AppError('storage', `Ändringen kunde inte sparas. ${startup.message ?? ''}`.trim())

export const missingRestoredReport = (dataFile: string, backupPath: string, backupDate: string, note = ''): StartupReport =>
  report(
    'restoredFromBackup',
    `Datafilen ${dataFile} saknades. Samverkan har öppnat säkerhetskopian från ${formatDayMonthYear(backupDate)}. ` +
      'Ändringar som gjordes efter det kan saknas.' +
      note,
    { backupUsed: backupPath }
  )
