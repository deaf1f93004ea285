import { constants } from 'node:fs'
import { copyFile, mkdir, open, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { formatDecimal } from '../../../shared/format/numbers'
import { AppError } from '../../api/errors'
import type { ServiceContext } from '../context'
import { fieldError } from '../meetings/records'
import { numberedName, sanitiseFileName } from './file-name'

/** Where the meeting's bilagor are kept: copies, so moving or deleting the original loses nothing. */
export const ATTACHMENTS_FOLDER = 'bilagor'
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024
const MAX_TRIES = 100
const MB = 1024 * 1024

export const attachmentsDir = (ctx: ServiceContext, meetingId: string): string => join(ctx.paths.dataDir, ATTACHMENTS_FOLDER, meetingId)

const T = {
  tooBig: (bytes: number) =>
    `Filen är för stor (${formatDecimal(bytes / MB, { maxDecimals: 1 })} MB). En bilaga får vara högst 25 MB: dela upp den, eller spara en mindre version (t.ex. en pdf) och lägg till den.`,
  notFile: 'Det valda är inte en fil. Välj en fil att bifoga.',
  unreadable: 'Filen kunde inte läsas. Är den öppen i ett annat program, eller saknas behörighet?',
  copy: 'Bilagan kunde inte kopieras till Samverkans datamapp. Kontrollera att disken inte är full.'
}

/** Refuses what cannot be a bilaga before anything is copied. */
async function checkSource(ctx: ServiceContext, source: string): Promise<void> {
  const info = await stat(source).catch((error: NodeJS.ErrnoException) => {
    ctx.log.warn('attachment read failed', { code: error.code ?? 'unknown' })
    throw new AppError('storage', T.unreadable)
  })
  if (!info.isFile()) throw fieldError('file', T.notFile)
  if (info.size > MAX_ATTACHMENT_BYTES) throw fieldError('file', T.tooBig(info.size))
}

/** Copies, never over another file ('name (2).pdf' …), and fsyncs it: the store then names it. Returns the stored name. */
export async function copyIn(ctx: ServiceContext, meetingId: string, source: string): Promise<string> {
  await checkSource(ctx, source)
  const dir = attachmentsDir(ctx, meetingId)
  const name = sanitiseFileName(source)
  try {
    await mkdir(dir, { recursive: true })
    for (let n = 1; n <= MAX_TRIES; n++) {
      const candidate = numberedName(name, n)
      try {
        await copyFile(source, join(dir, candidate), constants.COPYFILE_EXCL)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue
        throw error
      }
      const handle = await open(join(dir, candidate), 'r+')
      await handle.sync().finally(() => handle.close())
      return candidate
    }
  } catch (error) {
    ctx.log.warn('attachment copy failed', { code: (error as NodeJS.ErrnoException).code ?? 'unknown' })
  }
  throw new AppError('storage', T.copy)
}

/** Removes a stored copy; one already gone is nothing to do. */
export const removeStored = (ctx: ServiceContext, meetingId: string, name: string): Promise<void> =>
  rm(join(attachmentsDir(ctx, meetingId), name), { force: true })
