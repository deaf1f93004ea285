import { freeze } from 'immer'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { openStore } from '../../src/main/store'
import { nestsDeeperThan } from '../../src/main/store/depth'
import { writtenByStore, splitTopLevel, peekMeta } from '../../src/main/store/snapshot'
import { DatabaseSchema } from '../../src/shared/domain/database'

/** Where an open's time goes, phase by phase, so validation can be compared with parsing at 1x and 10x. */
export interface OpenPhases {
  read: number
  crc: number
  parse: number
  depth: number
  validate: number
  freeze: number
  /** openStore as a whole, a day's backup already there. */
  total: number
}

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined }

function timed<T>(fn: () => T): [T, number] {
  const start = performance.now()
  const value = fn()
  return [value, performance.now() - start]
}

export async function openPhases(dir: string): Promise<OpenPhases> {
  const start = performance.now()
  const bytes = await readFile(join(dir, 'samverkan.json'))
  const read = performance.now() - start
  const [, crc] = timed(() => writtenByStore(bytes, peekMeta(bytes)))
  const [data, parse] = timed(() => splitTopLevel(JSON.parse(bytes.toString('utf8')) as Record<string, unknown>).register)
  const [, depth] = timed(() => nestsDeeperThan(data))
  const [parsed, validate] = timed(() => DatabaseSchema.parse(data))
  const [, frozen] = timed(() => freeze(parsed, true))
  const totalStart = performance.now()
  const store = await openStore({ dataDir: dir, clock: () => new Date(), log: silent })
  const total = performance.now() - totalStart
  await store.close()
  return { read, crc, parse, depth, validate, freeze: frozen, total }
}
