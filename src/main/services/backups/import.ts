import { mkdir, open } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { ImportOpened, Replaced } from '../../../shared/contract/backups'
import { SCHEMA_VERSION, type Database } from '../../../shared/domain/database'
import { AppError } from '../../api/errors'
import { decodeRegister } from '../../store'
import type { ServiceContext } from '../context'
import { readArchiveFile, type ReadArchive } from './archive-read'
import { countsOf, previewReplace } from './counts'
import { ATTACHMENT_FOLDER } from './manifest'
import { ARCHIVE_TEXTS } from './texts'

interface HeldImport {
  db: Database
  attachments: Map<string, Buffer>
  openedAt: number
}

/** A checked export waits this long for her answer; then she chooses the file again. */
const TTL_MS = 30 * 60 * 1000
/** Per running app, never written anywhere; one at a time is all the dialog needs. */
const held = new WeakMap<ServiceContext, Map<string, HeldImport>>()

function heldOf(ctx: ServiceContext): Map<string, HeldImport> {
  let map = held.get(ctx)
  if (!map) held.set(ctx, (map = new Map()))
  for (const [token, entry] of map) if (ctx.clock().getTime() - entry.openedAt > TTL_MS) map.delete(token)
  return map
}

/** The export's register at today's schema version: migrated when older, refused when newer or broken. */
export function registerOf(archive: ReadArchive, now: Date, log: ServiceContext['log']): Database {
  const { manifest } = archive
  if (manifest.schemaVersion > SCHEMA_VERSION) throw new AppError('invalidInput', ARCHIVE_TEXTS.newer(manifest.appVersion))
  const decoded = decodeRegister(archive.data, now)
  if (decoded.ok) return decoded.db
  log.warn('import refused', { problem: decoded.problem })
  throw new AppError('invalidInput', decoded.problem === 'newer' ? ARCHIVE_TEXTS.newer(manifest.appVersion) : ARCHIVE_TEXTS.invalidData)
}

export async function openImport(ctx: ServiceContext): Promise<ImportOpened> {
  const path = await ctx.dialogs.openFile({ title: 'Importera från fil', filters: [{ name: 'Export från Samverkan', extensions: ['zip'] }] })
  if (!path) return { status: 'cancelled' }
  const archive = await readArchiveFile(path)
  const db = registerOf(archive, ctx.clock(), ctx.log)
  const token = `restore-${ctx.newId()}`
  const map = heldOf(ctx)
  map.clear()
  map.set(token, { db, attachments: archive.attachments, openedAt: ctx.clock().getTime() })
  const { manifest } = archive
  return {
    status: 'ready',
    token,
    fileName: basename(path),
    exportedAt: manifest.exportedAt,
    appVersion: manifest.appVersion,
    schemaVersion: manifest.schemaVersion,
    attachments: archive.attachments.size,
    preview: previewReplace(ctx.store.read(), db)
  }
}

/** Attachment files go in first, so the register never names a logo that is not there; an existing file is never overwritten. */
async function writeAttachments(ctx: ServiceContext, attachments: Map<string, Buffer>): Promise<void> {
  const folder = join(ctx.paths.dataDir, ATTACHMENT_FOLDER)
  await mkdir(folder, { recursive: true })
  for (const [name, bytes] of attachments) {
    const handle = await open(join(folder, name), 'wx').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST') return null
      throw error
    })
    if (!handle) continue
    try {
      await handle.writeFile(bytes)
      await handle.sync()
    } finally {
      await handle.close()
    }
  }
}

export async function commitImport(ctx: ServiceContext, token: string): Promise<Replaced> {
  const entry = heldOf(ctx).get(token)
  if (!entry) throw new AppError('notFound', ARCHIVE_TEXTS.expired)
  heldOf(ctx).delete(token)
  try {
    await writeAttachments(ctx, entry.attachments)
  } catch (error) {
    ctx.log.error('import attachments failed', { code: (error as NodeJS.ErrnoException).code ?? 'unknown' })
    throw new AppError('storage', 'Bilagorna kunde inte sparas i datamappen. Ingenting har ändrats.')
  }
  const { backupPath } = await ctx.store.replaceAll(entry.db)
  ctx.log.info('export imported', { attachments: entry.attachments.size })
  return { backupPath, counts: countsOf(entry.db) }
}
