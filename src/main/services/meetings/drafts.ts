import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { AppError } from '../../api/errors'
import type { ServiceContext } from '../context'

/** The folder in the data folder where mail drafts wait for her to send them from Outlook. */
export const DRAFTS_FOLDER = 'utkast'
/** Drafts are copies of what she sent (or chose not to): kept a month, then removed at start. */
export const DRAFT_RETENTION_DAYS = 30
const DAY_MS = 24 * 60 * 60 * 1000
const MAX_TRIES = 100

export const draftsDir = (ctx: ServiceContext): string => join(ctx.paths.dataDir, DRAFTS_FOLDER)

/**
 * Writes a new draft, never over an earlier one (Outlook may have it open, and it is
 * what she was shown then): "name.eml", else "name-2.eml", "name-3.eml" …
 */
export async function writeDraft(ctx: ServiceContext, base: string, bytes: Uint8Array): Promise<string> {
  const dir = draftsDir(ctx)
  try {
    await mkdir(dir, { recursive: true })
    for (let n = 1; n <= MAX_TRIES; n++) {
      const path = join(dir, n === 1 ? `${base}.eml` : `${base}-${n}.eml`)
      try {
        await writeFile(path, bytes, { flag: 'wx' })
        return path
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      }
    }
  } catch (error) {
    ctx.log.warn('draft write failed', { code: (error as NodeJS.ErrnoException).code ?? 'unknown' })
  }
  throw new AppError('storage', 'E-postutkastet kunde inte sparas i Samverkans datamapp. Kontrollera att disken inte är full.')
}

/** The .eml files in the drafts folder (none when it does not exist). */
async function draftPaths(ctx: ServiceContext): Promise<string[]> {
  const names = await readdir(draftsDir(ctx)).catch(() => [] as string[])
  return names.filter((n) => n.toLowerCase().endsWith('.eml')).map((n) => join(draftsDir(ctx), n))
}

/**
 * Erasure (GDPR art. 17) reaches the drafts too: every draft addressed to her goes.
 * Addresses stand in the To/Bcc headers as plain ASCII, so a byte search finds them;
 * the drafts are only copies, what she sent is in her mailbox.
 */
export async function removeDraftsTo(ctx: ServiceContext, address: string): Promise<number> {
  const needle = address.trim().toLowerCase()
  if (needle === '') return 0
  let removed = 0
  for (const path of await draftPaths(ctx)) {
    const text = await readFile(path, 'latin1').catch(() => '')
    if (!text.toLowerCase().includes(needle)) continue
    await rm(path, { force: true })
    removed++
  }
  return removed
}

/** Removes .eml drafts last written more than 30 days before now; returns how many. A missing folder is nothing to do. */
export async function removeOldDrafts(ctx: ServiceContext): Promise<number> {
  const cutoff = ctx.clock().getTime() - DRAFT_RETENTION_DAYS * DAY_MS
  let removed = 0
  for (const path of await draftPaths(ctx)) {
    const info = await stat(path).catch(() => null)
    if (!info?.isFile() || info.mtimeMs >= cutoff) continue
    await rm(path, { force: true })
    removed++
  }
  return removed
}
