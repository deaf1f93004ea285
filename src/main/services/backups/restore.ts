import type { BackupEntry, BackupList, Replaced, ReplacePreview } from '../../../shared/contract/backups'
import type { Database } from '../../../shared/domain/database'
import { AppError } from '../../api/errors'
import { inspectBackup, listBackupNames } from '../../store'
import type { ServiceContext } from '../context'
import { countsOf, previewReplace } from './counts'

export const RESTORE_TEXTS = {
  notFound: 'Säkerhetskopian finns inte längre. Stäng och öppna listan igen.',
  broken: 'Säkerhetskopian går inte att läsa eller är skadad. Välj en annan.'
} as const

/**
 * Every backup with what it holds. Each one is read and decoded (migrated if older),
 * one at a time: at most 14 daily copies and a few stamped ones, so this stays cheap.
 */
export async function listBackupEntries(ctx: ServiceContext): Promise<BackupList> {
  const backups: BackupEntry[] = []
  for (const name of await listBackupNames(ctx.paths.dataDir)) {
    const inspected = await inspectBackup(ctx.paths.dataDir, name.name, ctx.clock())
    if (!inspected) continue
    backups.push({
      name: name.name,
      kind: name.kind,
      date: name.date,
      savedAt: inspected.savedAt,
      sizeBytes: inspected.sizeBytes,
      counts: inspected.decoded?.ok ? countsOf(inspected.decoded.db) : null
    })
  }
  const at = (b: BackupEntry): string => b.savedAt ?? `${b.date}T12:00:00.000Z`
  backups.sort((a, b) => (at(a) < at(b) ? 1 : at(a) > at(b) ? -1 : 0))
  return { folder: ctx.store.backupFolder, backups }
}

async function backupRegister(ctx: ServiceContext, name: string): Promise<Database> {
  const inspected = await inspectBackup(ctx.paths.dataDir, name, ctx.clock())
  if (!inspected || inspected.sizeBytes === 0) throw new AppError('notFound', RESTORE_TEXTS.notFound)
  if (!inspected.decoded?.ok) {
    ctx.log.warn('backup not restorable', { problem: inspected.decoded?.problem ?? 'unreadable' })
    throw new AppError('invalidInput', RESTORE_TEXTS.broken)
  }
  return inspected.decoded.db
}

export async function previewRestore(ctx: ServiceContext, name: string): Promise<ReplacePreview> {
  return previewReplace(ctx.store.read(), await backupRegister(ctx, name))
}

/** What she has goes to a backup first (the store does that inside replaceAll), then the backup takes its place. */
export async function restoreBackup(ctx: ServiceContext, name: string): Promise<Replaced> {
  const db = await backupRegister(ctx, name)
  const { backupPath } = await ctx.store.replaceAll(db)
  ctx.log.info('backup restored', { kind: name.startsWith('samverkan-') ? 'daily' : 'stamped' })
  return { backupPath, counts: countsOf(db) }
}
