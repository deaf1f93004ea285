import { performance } from 'node:perf_hooks'
import { crc32 } from 'node:zlib'
import { DatabaseSchema, type Database } from '../../shared/domain/database'
import type { WritableHandle } from './fs'

/** Top-level key of the store's own bookkeeping in samverkan.json; never part of the register. */
export const META_KEY = 'samverkanStore'
const META_MARKER = Buffer.from(`\n  "${META_KEY}": `)

export interface SnapshotMeta {
  /** Sequence number of the last journal record this snapshot contains. */
  seq: number
  /** When it was written (ISO); orders backups by what they hold. */
  savedAt: string
  /** CRC-32 (hex) of every byte before the meta line: set only in files this store wrote. */
  crc?: string
}

/** Keys in the data file that the register does not know, kept verbatim (added by IT, or a newer minor version). */
export type Extras = Record<string, unknown>

const SLICE_MS = 4
const CHUNK_BYTES = 64 * 1024
const hex = (n: number): string => n.toString(16).padStart(8, '0')
const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

/**
 * Writes `{...db, ...extras, samverkanStore: meta}` exactly as
 * JSON.stringify(…, null, 2) would (indented, so IT can read and repair it),
 * one record at a time: the event loop is never held for more than a few ms,
 * and no string of the whole register is ever built. `db` must be frozen
 * committed state, so changes committed meanwhile cannot alter it.
 */
export async function writeSnapshot(handle: WritableHandle, db: Readonly<Database>, extras: Extras, meta: SnapshotMeta): Promise<void> {
  let crc = 0
  let pending: string[] = []
  let pendingLength = 0
  let sliceStart = performance.now()
  const flush = async (): Promise<void> => {
    const bytes = Buffer.from(pending.join(''))
    pending = []
    pendingLength = 0
    crc = crc32(bytes, crc)
    await handle.writeFile(bytes)
    sliceStart = performance.now()
  }
  const emit = async (text: string): Promise<void> => {
    pending.push(text)
    pendingLength += text.length
    if (pendingLength >= CHUNK_BYTES) await flush()
    else if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToLoop()
      sliceStart = performance.now()
    }
  }
  const entries: [string, unknown][] = [...Object.keys(DatabaseSchema.shape).map((k): [string, unknown] => [k, db[k as keyof Database]]), ...Object.entries(extras)]
  await emit('{')
  for (const [index, [key, value]] of entries.entries()) {
    await emit(`${index === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `)
    if (!Array.isArray(value) || value.length === 0) {
      await emit(indented(value, '  '))
      continue
    }
    await emit('[')
    for (let i = 0; i < value.length; i++) await emit(`${i === 0 ? '' : ','}\n    ${indented(value[i], '    ')}`)
    await emit('\n  ]')
  }
  await emit(',')
  await flush()
  const stamped: SnapshotMeta = { seq: meta.seq, savedAt: meta.savedAt, crc: hex(crc) }
  await handle.writeFile(`\n  ${JSON.stringify(META_KEY)}: ${JSON.stringify(stamped)}\n}`)
}

const indented = (value: unknown, indent: string): string => (JSON.stringify(value, null, 2) ?? 'null').replaceAll('\n', `\n${indent}`)

/** True when the bytes before the meta line are exactly those this store wrote (CRC matches). */
export function writtenByStore(bytes: Buffer, meta: SnapshotMeta | null): boolean {
  if (!meta?.crc) return false
  const at = bytes.lastIndexOf(META_MARKER)
  return at >= 0 && hex(crc32(bytes.subarray(0, at))) === meta.crc
}

/** Splits parsed file data into the register's own keys, unknown keys and the store's meta. */
export function splitTopLevel(data: Record<string, unknown>): { register: Record<string, unknown>; extras: Extras; meta: SnapshotMeta | null } {
  const shape = DatabaseSchema.shape
  const register: Record<string, unknown> = {}
  const extras: Extras = {}
  for (const [key, value] of Object.entries(data)) {
    if (key === META_KEY) continue
    if (key in shape) register[key] = value
    else extras[key] = value
  }
  return { register, extras, meta: readMeta(data[META_KEY]) }
}

function readMeta(value: unknown): SnapshotMeta | null {
  if (typeof value !== 'object' || value === null) return null
  const { seq, savedAt, crc } = value as Record<string, unknown>
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 0 || typeof savedAt !== 'string') return null
  return { seq, savedAt, crc: typeof crc === 'string' ? crc : undefined }
}

const META_NAME = Buffer.from(`"${META_KEY}"`)

/** The meta of a snapshot without parsing the whole file: a flat object near its end. */
export function peekMeta(bytes: Buffer): SnapshotMeta | null {
  const at = bytes.lastIndexOf(META_NAME)
  if (at < 0) return null
  const open = bytes.indexOf('{', at)
  const close = open < 0 ? -1 : bytes.indexOf('}', open)
  if (close < 0) return null
  try {
    return readMeta(JSON.parse(bytes.subarray(open, close + 1).toString('utf8')))
  } catch {
    return null
  }
}
