import { AppError } from '../../../api/errors'
import type { ServiceContext } from '../../context'
import type { FullAnalysis } from './analyse'
import type { ImportTable } from './table'
import type { ImportUndo } from './undo'

interface OpenImport {
  table: ImportTable
  fileName: string
  openedAt: number
  /** The last analysis and the mapping it was made with, for paging through it. */
  analysis?: { mappingKey: string; result: FullAnalysis }
}

/** An import read but not yet committed lives this long; then she opens the file again. */
const TTL_MS = 60 * 60 * 1000
const MAX_OPEN = 5

/**
 * Parsed files waiting for the user's decisions, per running app (per context), never
 * written anywhere. Keyed by context rather than held module-wide so tests and
 * parallel app instances never see each other's imports.
 */
const openImports = new WeakMap<ServiceContext, Map<string, OpenImport>>()

function importsOf(ctx: ServiceContext): Map<string, OpenImport> {
  let map = openImports.get(ctx)
  if (!map) {
    map = new Map()
    openImports.set(ctx, map)
  }
  const now = ctx.clock().getTime()
  for (const [token, entry] of map) if (now - entry.openedAt > TTL_MS) map.delete(token)
  return map
}

/** Keeps a parsed file and returns its token; the oldest is dropped beyond a few open imports. */
export function holdImport(ctx: ServiceContext, table: ImportTable, fileName: string): string {
  const map = importsOf(ctx)
  const token = `import-${ctx.newId()}`
  map.set(token, { table, fileName, openedAt: ctx.clock().getTime() })
  while (map.size > MAX_OPEN) map.delete(map.keys().next().value as string)
  return token
}

export function heldImport(ctx: ServiceContext, token: string): OpenImport {
  const entry = importsOf(ctx).get(token)
  if (!entry) throw new AppError('notFound', 'Importen har gått ut eller är redan gjord. Öppna filen igen.')
  return entry
}

export function releaseImport(ctx: ServiceContext, token: string): void {
  importsOf(ctx).delete(token)
}

/** Committed imports that can still be undone, per running app; the last few are kept until it closes. */
const undoable = new WeakMap<ServiceContext, Map<string, ImportUndo>>()
const MAX_UNDOABLE = 5

export function holdUndo(ctx: ServiceContext, undo: ImportUndo): string {
  const map = undoable.get(ctx) ?? new Map<string, ImportUndo>()
  undoable.set(ctx, map)
  const token = `undo-${ctx.newId()}`
  map.set(token, undo)
  while (map.size > MAX_UNDOABLE) map.delete(map.keys().next().value as string)
  return token
}

export function heldUndo(ctx: ServiceContext, token: string): ImportUndo {
  const undo = undoable.get(ctx)?.get(token)
  if (!undo) throw new AppError('notFound', 'Importen kan inte längre ångras (den är redan ångrad, eller programmet har startats om).')
  return undo
}

/** Dropped once the undo is stored (not before, so a failed write can be tried again): an import is undone once. */
export function releaseUndo(ctx: ServiceContext, token: string): void {
  undoable.get(ctx)?.delete(token)
}
