import { writeFile } from 'node:fs/promises'
import type { SaveResult } from '../../../shared/contract/files'
import { AppError } from '../../api/errors'
import type { FileFilter, ServiceContext } from '../context'
import { rememberSaved } from './saved-files'

export interface SaveRequest {
  /** The dialog's title, in Swedish ("Spara som Word"). */
  title: string
  /** A descriptive default name, e.g. "Kontakter 2019-03-01.xlsx". */
  defaultName: string
  filters: FileFilter[]
  /** Built only after she has chosen a place, so a cancel costs nothing. */
  bytes: () => Promise<Uint8Array | string> | Uint8Array | string
}

/** Why a write failed, by errno, in words she can act on. */
function failureMessage(code: string | undefined): string {
  if (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES') {
    return 'Filen kunde inte sparas. Är den öppen i ett annat program (Word eller Excel), eller saknas behörighet till mappen?'
  }
  if (code === 'ENOENT') return 'Filen kunde inte sparas: mappen finns inte längre. Välj en annan plats.'
  if (code === 'ENOSPC') return 'Filen kunde inte sparas: disken är full.'
  return 'Filen kunde inte sparas. Kontrollera att mappen finns och att filen inte är öppen i ett annat program.'
}

/**
 * The one way a file leaves the app: the OS save dialog, the bytes, and the path
 * remembered in the session so "Öppna" and "Visa i mappen" may act on it.
 */
export async function saveViaDialog(ctx: ServiceContext, request: SaveRequest): Promise<SaveResult> {
  const { title, defaultName, filters } = request
  const path = await ctx.dialogs.saveFile({ title, defaultName, filters })
  if (!path) return { status: 'cancelled' }
  const data = await request.bytes()
  try {
    await writeFile(path, data)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    ctx.log.warn('file save failed', { code: code ?? 'unknown' })
    throw new AppError('storage', failureMessage(code))
  }
  rememberSaved(ctx, path)
  return { status: 'saved', path }
}
