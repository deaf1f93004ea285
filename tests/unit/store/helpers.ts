import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import type { Logger } from '../../../src/main/services/context'
import { nodeFs, type StoreFs } from '../../../src/main/store/fs'

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

const fsError = (code: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: simulated`), { code })

/**
 * The real file system, except that while `failWith` is set every write-like
 * call (open for writing, rename, mkdir, unlink) fails with that errno, as a
 * full disk or a read-only mount would.
 */
export function faultyFs(): StoreFs & { failWith: string | null; writesAttempted: number } {
  const fs = {
    failWith: null as string | null,
    writesAttempted: 0,
    readFile: nodeFs.readFile,
    readdir: nodeFs.readdir,
    open: async (path: string, flags: 'r' | 'w' | 'wx') => {
      if (flags !== 'r') fs.writesAttempted++
      if (flags !== 'r' && fs.failWith) throw fsError(fs.failWith)
      return nodeFs.open(path, flags)
    },
    rename: async (from: string, to: string) => {
      if (fs.failWith) throw fsError(fs.failWith)
      return nodeFs.rename(from, to)
    },
    unlink: async (path: string) => {
      if (fs.failWith) throw fsError(fs.failWith)
      return nodeFs.unlink(path)
    },
    mkdir: async (path: string) => {
      if (fs.failWith) throw fsError(fs.failWith)
      return nodeFs.mkdir(path)
    }
  }
  return fs
}
