import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import type { Logger } from '../../../src/main/services/context'
import { openStore } from '../../../src/main/store'
import { decodeDatabase } from '../../../src/main/store/decode'
import { nodeFs, type StoreFs } from '../../../src/main/store/fs'
import type { Database } from '../../../src/shared/domain/database'
import type { AgendaItem } from '../../../src/shared/domain/meetings'

const made: string[] = []

/** A fresh real folder under the OS temp dir, removed after the test. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'samverkan-store-'))
  made.push(dir)
  return dir
}

afterEach(async () => {
  for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true })
})

export interface LogLine {
  level: 'info' | 'warn' | 'error'
  message: string
  meta?: Record<string, string | number | boolean | null>
}

/** A logger that records, so tests can also check that no personal data is logged. */
export function recordingLog(): Logger & { lines: LogLine[] } {
  const lines: LogLine[] = []
  return {
    lines,
    info: (message, meta) => lines.push({ level: 'info', message, meta }),
    warn: (message, meta) => lines.push({ level: 'warn', message, meta }),
    error: (message, meta) => lines.push({ level: 'error', message, meta })
  }
}

/** A clock the test can move: starts at `iso`. */
export function movableClock(iso: string): { now: () => Date; set: (iso: string) => void } {
  let current = new Date(iso)
  return { now: () => new Date(current), set: (next) => (current = new Date(next)) }
}

export const fsError = (code: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: simulated`), { code })

type Flags = 'r' | 'w' | 'wx' | 'a'

/**
 * The real file system, except that while `failWith` is set every write-like
 * call (open for writing, a write or fsync through a handle already open,
 * rename, mkdir, unlink) fails with that errno, as a full disk or a read-only
 * mount would. `readFailures` makes the next reads of a file fail (antivirus
 * holding it); `free` is what freeBytes reports.
 */
export function faultyFs(): StoreFs & {
  failWith: string | null
  writesAttempted: number
  readFailures: Map<string, { code: string; times: number }>
  free: number | null
} {
  const guard = () => {
    if (fs.failWith) throw fsError(fs.failWith)
  }
  const fs = {
    failWith: null as string | null,
    writesAttempted: 0,
    readFailures: new Map<string, { code: string; times: number }>(),
    free: null as number | null,
    readFile: async (path: string) => {
      const failure = [...fs.readFailures.entries()].find(([suffix]) => path.endsWith(suffix))?.[1]
      if (failure && failure.times > 0) {
        failure.times--
        throw fsError(failure.code)
      }
      return nodeFs.readFile(path)
    },
    readdir: nodeFs.readdir,
    freeBytes: async () => fs.free,
    open: async (path: string, flags: Flags) => {
      if (flags !== 'r') fs.writesAttempted++
      if (flags !== 'r') guard()
      const handle = await nodeFs.open(path, flags)
      return {
        writeFile: async (data: string | Uint8Array) => {
          guard()
          return handle.writeFile(data)
        },
        sync: async () => {
          guard()
          return handle.sync()
        },
        truncate: async (length: number) => {
          guard()
          return handle.truncate(length)
        },
        close: () => handle.close()
      }
    },
    rename: async (from: string, to: string) => {
      guard()
      return nodeFs.rename(from, to)
    },
    unlink: async (path: string) => {
      guard()
      return nodeFs.unlink(path)
    },
    mkdir: async (path: string) => {
      guard()
      return nodeFs.mkdir(path)
    }
  }
  return fs
}

/** What a fresh start would read from the folder: the data file with its journal replayed. */
export async function onDisk(dir: string): Promise<Database> {
  const journal = await readFile(join(dir, 'samverkan.journal')).catch(() => null)
  const decoded = decodeDatabase(await readFile(join(dir, 'samverkan.json')), { newId: () => 'x', now: '2026-01-01T00:00:00Z' }, journal)
  if (!decoded.ok) throw new Error(`not readable: ${decoded.problem} ${decoded.detail}`)
  return decoded.db
}

/** The bytes of the data file and its journal, to prove a failed change left both as they were. */
export async function diskBytes(dir: string): Promise<string> {
  const read = (name: string) => readFile(join(dir, name), 'utf8').catch(() => '(missing)')
  return `${await read('samverkan.json')}\n--journal--\n${await read('samverkan.journal')}`
}

/** A seminar or registration without the fields v5 added (tests of older steps compare the rest). */
export function withoutV5Fields<T extends object>(records: readonly T[]): Record<string, unknown>[] {
  const added = new Set(['cancelReason', 'heldAt', 'invitationSentAt', 'organisationId', 'late', 'walkIn', 'addedToRegister', 'history'])
  return records.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !added.has(k))))
}

/** A store opened on a copy of a frozen schema fixture, as each migration test needs; `original` is the fixture as written. */
export async function openFixtureCopy(fixture: string, now: string) {
  const dir = await tempDir()
  await copyFile(fixture, join(dir, 'samverkan.json'))
  const store = await openStore({ dataDir: dir, clock: movableClock(now).now, log: recordingLog() })
  return { dir, store, original: JSON.parse(await readFile(fixture, 'utf8')) }
}

/**
 * The register as v5 stored it, for tests of older steps that compare the rest: each
 * decision its bare text, no area tags on items and assignments (v6 added those).
 */
export function asV5(db: Database) {
  const item = ({ areaIds: _a, decisions, ...rest }: AgendaItem) => ({ ...rest, decisions: decisions.map((d) => d.text) })
  const meetings = db.meetings.map((m) => ({ ...m, agenda: m.agenda.map(item) }))
  const assignments = db.assignments.map(({ areaIds: _a, ...rest }) => rest)
  return { ...db, meetings, assignments }
}
