import type { StartupReport } from '../../shared/contract/app'
import { AppError } from '../errors'
import { errorCode } from './fs'
import { formatDayMonthYear } from '../../shared/format/dates'

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

export const restoredReport = (quarantinedPath: string, backupPath: string, backupDate: string): StartupReport =>
  report(
    'restoredFromBackup',
    `Datafilen gick inte att läsa och har flyttats undan till ${quarantinedPath}. ` +
      `Samverkan har i stället öppnat säkerhetskopian från ${formatDayMonthYear(backupDate)}. ` +
      'Ändringar som gjordes efter det kan saknas.',
    { quarantinedPath, backupUsed: backupPath }
  )

export const startedEmptyReport = (quarantinedPath: string): StartupReport =>
  report(
    'startedEmpty',
    `Datafilen gick inte att läsa och har flyttats undan till ${quarantinedPath}. ` +
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

export const alreadyOpenReport = (): StartupReport =>
  report(
    'unwritable',
    'Samverkan är redan öppet på den här datorn, i ett annat fönster eller av en annan användare. ' +
      'Stäng det andra fönstret och starta Samverkan igen. Tills dess sparas inga ändringar här.'
  )

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

export const missingRestoredReport = (dataFile: string, backupPath: string, backupDate: string): StartupReport =>
  report(
    'restoredFromBackup',
    `Datafilen ${dataFile} saknades. Samverkan har öppnat säkerhetskopian från ${formatDayMonthYear(backupDate)}. ` +
      'Ändringar som gjordes efter det kan saknas.',
    { backupUsed: backupPath }
  )
