import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createFileLogger } from '../../../src/main/shell/logger'

const dirs: string[] = []
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'samverkan-log-'))
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('createFileLogger', () => {
  it('creates the folder and appends one line per entry, with level, message and codes', () => {
    const dir = join(tempDir(), 'logs')
    const log = createFileLogger(dir, { clock: () => new Date('2026-11-26T10:00:00Z') })
    log.info('services started', { startup: 'created' })
    log.error('api call failed', { method: 'contacts.save', error: 'TypeError' })
    expect(readFileSync(join(dir, 'samverkan.log'), 'utf8')).toBe(
      '2026-11-26T10:00:00.000Z INFO services started {"startup":"created"}\n' +
        '2026-11-26T10:00:00.000Z ERROR api call failed {"method":"contacts.save","error":"TypeError"}\n'
    )
  })

  it('rotates when the file is full and keeps only the newest generations', () => {
    const dir = tempDir()
    const log = createFileLogger(dir, { maxBytes: 200, keep: 2 })
    for (let i = 0; i < 40; i++) log.warn('entry', { n: i })
    expect(readdirSync(dir).sort()).toEqual(['samverkan.1.log', 'samverkan.2.log', 'samverkan.log'])
    const current = readFileSync(join(dir, 'samverkan.log'), 'utf8')
    expect(current).toContain('{"n":39}')
    expect(Buffer.byteLength(current)).toBeLessThan(200 + 80)
    const all = ['samverkan.2.log', 'samverkan.1.log', 'samverkan.log'].map((f) => readFileSync(join(dir, f), 'utf8')).join('')
    const numbers = [...all.matchAll(/"n":(\d+)/g)].map((m) => Number(m[1]))
    // The kept lines are the newest ones, in order, with nothing missing in between.
    expect(numbers).toEqual(numbers.map((_, i) => 40 - numbers.length + i))
  })

  it('never throws, even when the log folder cannot be created', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'logs'), 'a file where the folder should be')
    const log = createFileLogger(join(dir, 'logs', 'inner'))
    expect(() => log.error('startup failed')).not.toThrow()
    expect(existsSync(join(dir, 'logs', 'inner'))).toBe(false)
  })
})
