import { mkdtemp, open, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { openStore } from '../../src/main/store'
import { serialise } from '../../src/main/store/adapter'
import type { DataStore } from '../../src/main/store/types'
import { DatabaseSchema, type Database } from '../../src/shared/domain/database'
import { benchDatabase } from './data'
import { ms, percentile, printTable, type BenchSection, type BenchOptions } from './section'

const CHANGES = 60
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined }

async function timed(fn: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now()
  await fn()
  return performance.now() - start
}

/** The least any durable save of these bytes can cost: stringify, write, fsync, rename. */
async function floorSave(dir: string, db: Readonly<Database>): Promise<void> {
  const text = serialise(db)
  const temp = join(dir, 'floor.json.tmp')
  const handle = await open(temp, 'w')
  await handle.writeFile(text)
  await handle.sync()
  await handle.close()
  await rename(temp, join(dir, 'floor.json'))
}

/** One realistic small edit: a contact's phone number. */
const editPhone = (store: DataStore, n: number) =>
  store.update((db) => {
    const contact = db.contacts[n % db.contacts.length]
    contact.phone = `070-${String(100000 + n).slice(-6)}`
    contact.updatedAt = new Date().toISOString()
  })

interface Row {
  scale: number
  megabytes: number
  loadFirst: number
  load: number
  change: number[]
  floor: number[]
  clone: number[]
  validate: number[]
  stringify: number[]
}

async function measure(scale: number, changes: number): Promise<Row> {
  const db = benchDatabase(scale)
  const dir = await mkdtemp(join(tmpdir(), 'samverkan-bench-'))
  const text = serialise(db)
  await writeFile(join(dir, 'samverkan.json'), text)
  const options = { dataDir: dir, clock: () => new Date(), log: silent }
  // First open of the day also writes the daily backup; a later open the same day does not.
  let store = await openStore(options)
  await store.close()
  await rm(join(dir, 'backups'), { recursive: true, force: true })
  const loadFirst = await timed(async () => (store = await openStore(options)))
  await store.close()
  const load = await timed(async () => (store = await openStore(options)))
  const megabytes = Buffer.byteLength(text) / 1e6
  const row: Row = { scale, megabytes, loadFirst, load, change: [], floor: [], clone: [], validate: [], stringify: [] }
  // Interleaved so both see the same disk and CPU conditions.
  for (let n = 0; n < changes; n++) {
    row.change.push(await timed(() => editPhone(store, n)))
    row.floor.push(await timed(() => floorSave(dir, store.read())))
    if (n % 6 === 0) {
      row.clone.push(await timed(() => structuredClone(store.read())))
      row.validate.push(await timed(() => DatabaseSchema.safeParse(store.read())))
      row.stringify.push(await timed(() => serialise(store.read())))
    }
  }
  await store.close()
  await rm(dir, { recursive: true, force: true })
  return row
}

async function run({ smoke }: BenchOptions): Promise<void> {
  const rows: Row[] = []
  for (const scale of smoke ? [0.1] : [1, 10]) rows.push(await measure(scale, smoke ? 6 : CHANGES))
  const p = percentile
  printTable(
    ['size', 'file', 'load', 'load (1st of day)', 'change p50', 'change p95', 'floor p50', 'floor p95', 'ratio p50', 'ratio p95'],
    rows.map((r) => [
      `${r.scale}x`,
      `${r.megabytes.toFixed(1)} MB`,
      ms(r.load),
      ms(r.loadFirst),
      ms(p(r.change, 50)),
      ms(p(r.change, 95)),
      ms(p(r.floor, 50)),
      ms(p(r.floor, 95)),
      `${(p(r.change, 50) / p(r.floor, 50)).toFixed(2)}x`,
      `${(p(r.change, 95) / p(r.floor, 95)).toFixed(2)}x`
    ])
  )
  console.log(`\nWhat a change would cost with a deep clone and a full validation (p50 of ${rows[0].clone.length} samples);\nthe store avoids both with copy-on-write drafts and validation of changed records only:\n`)
  printTable(
    ['size', 'structuredClone (whole)', 'zod (whole file)', 'JSON.stringify (in floor)'],
    rows.map((r) => [`${r.scale}x`, ms(p(r.clone, 50)), ms(p(r.validate, 50)), ms(p(r.stringify, 50))])
  )
}

const section: BenchSection = { title: 'Data store: load and one saved change (goal: change within 1.5x floor)', run }
export default section
