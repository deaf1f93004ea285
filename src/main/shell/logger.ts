import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Logger } from '../services/context'

export interface FileLoggerOptions {
  /** Rotate when the file grows past this many bytes. */
  maxBytes?: number
  /** How many rotated files (samverkan.1.log …) to keep. */
  keep?: number
  clock?: () => Date
}

type Level = 'info' | 'warn' | 'error'
type Meta = Record<string, string | number | boolean | null>

const LOG_NAME = 'samverkan.log'

function rotate(dir: string, keep: number): void {
  rmSync(join(dir, `samverkan.${keep}.log`), { force: true })
  for (let n = keep - 1; n >= 1; n--) {
    try {
      renameSync(join(dir, `samverkan.${n}.log`), join(dir, `samverkan.${n + 1}.log`))
    } catch {
      // That generation does not exist yet.
    }
  }
  renameSync(join(dir, LOG_NAME), join(dir, 'samverkan.1.log'))
}

const sizeOf = (file: string): number => {
  try {
    return statSync(file).size
  } catch {
    return 0
  }
}

/**
 * A small rotating log in `dir`, for support: IT can read it without seeing any
 * personal data, because callers log fixed messages plus ids and codes only.
 * Writes are synchronous so the last line before a crash is on disk, and a
 * logging failure is swallowed: the log must never take the app down.
 */
export function createFileLogger(dir: string, options: FileLoggerOptions = {}): Logger {
  const maxBytes = options.maxBytes ?? 1_000_000
  const keep = options.keep ?? 3
  const clock = options.clock ?? (() => new Date())
  const file = join(dir, LOG_NAME)
  const write = (level: Level, message: string, meta?: Meta): void => {
    try {
      mkdirSync(dir, { recursive: true })
      if (sizeOf(file) >= maxBytes) rotate(dir, keep)
      const line = `${clock().toISOString()} ${level.toUpperCase()} ${message}${meta ? ` ${JSON.stringify(meta)}` : ''}\n`
      appendFileSync(file, line, 'utf8')
    } catch {
      // Nowhere left to report it; carry on.
    }
  }
  return {
    info: (message, meta) => write('info', message, meta),
    warn: (message, meta) => write('warn', message, meta),
    error: (message, meta) => write('error', message, meta)
  }
}
