import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openStore } from '../../src/main/store'
import { benchDatabase } from './data'
import { ms, percentile, printTable, type BenchOptions, type BenchSection } from './section'
import { compactionBlock, measureChanges, saveBlock, type ChangeSamples } from './store-changes'
import { openPhases, type OpenPhases } from './store-open'
import { bundleStartChild, medianStart } from './store-start'
import { loadSqlite, sqliteRegister } from './store-sqlite'

const CHANGES = 120
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined }
const OUTPUT = 'test-output/bench/store.json'

interface Row {
  scale: number
  megabytes: number
  samples: ChangeSamples
  saveBlock: number
  compactionBlock: number
  compactionMs: number
  open: OpenPhases
  start: number
}

/** A data folder as the app leaves it: written by the store, compacted at close, today's backup taken. */
async function seededFolder(scale: number): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'samverkan-bench-'))
  const store = await openStore({ dataDir: dir, clock: () => new Date(), log: silent })
  await store.update((db) => void Object.assign(db, benchDatabase(scale)))
  await store.close()
  await (await openStore({ dataDir: dir, clock: () => new Date(), log: silent })).close()
  return dir
}

async function measure(scale: number, changes: number, startChild: string, runs: number): Promise<Row> {
  const dir = await seededFolder(scale)
  const megabytes = (await stat(join(dir, 'samverkan.json'))).size / 1e6
  const open = await openPhases(dir)
  const start = await medianStart([startChild, dir], 'answered', runs)
  const store = await openStore({ dataDir: dir, clock: () => new Date(), log: silent })
  const driver = loadSqlite()
  const sqlite = 'open' in driver ? sqliteRegister(driver, dir, store.read()) : null
  const samples = await measureChanges(store, dir, sqlite, changes)
  sqlite?.close()
  const block = await saveBlock(store, Math.min(changes, 50))
  const compaction = await compactionBlock(store)
  await store.close()
  await rm(dir, { recursive: true, force: true })
  return { scale, megabytes, samples, saveBlock: block, compactionBlock: compaction.block, compactionMs: compaction.duration, open, start }
}

const p50 = (v: number[]) => percentile(v, 50)
const p95 = (v: number[]) => percentile(v, 95)
const ratio = (a: number, b: number) => (Number.isFinite(a / b) && b > 0 ? `${(a / b).toFixed(2)}x` : 'n/a')
const pair = (v: number[]) => (v.length ? `${ms(p50(v))} / ${ms(p95(v))}` : 'n/a')

function printChanges(rows: Row[]): void {
  printTable(
    ['size', 'file', 'phone p50/p95', 'notes p50/p95', 'floor p50/p95', 'SQLite phone p50/p95', 'SQLite notes p50/p95'],
    rows.map((r) => [`${r.scale}x`, `${r.megabytes.toFixed(1)} MB`, pair(r.samples.phone), pair(r.samples.notes), pair(r.samples.floor), pair(r.samples.sqlitePhone), pair(r.samples.sqliteNotes)])
  )
  console.log('\nRatios (goal: a change within 3x the floor at both sizes):\n')
  printTable(
    ['size', 'ratio p50 phone/floor', 'ratio p95 phone/floor', 'notes/floor p50', 'notes/floor p95', 'phone/SQLite p50', 'notes/SQLite p50'],
    rows.map(({ scale, samples: s }) => [
      `${scale}x`,
      ratio(p50(s.phone), p50(s.floor)),
      ratio(p95(s.phone), p95(s.floor)),
      ratio(p50(s.notes), p50(s.floor)),
      ratio(p95(s.notes), p95(s.floor)),
      ratio(p50(s.phone), p50(s.sqlitePhone)),
      ratio(p50(s.notes), p50(s.sqliteNotes))
    ])
  )
}

function printRest(rows: Row[], bare: number): void {
  console.log('\nLongest event-loop block (goal: none over 10 ms at 10x); compaction runs while changes go on:\n')
  printTable(
    ['size', 'during saves', 'during compaction', 'compaction took'],
    rows.map((r) => [`${r.scale}x`, ms(r.saveBlock), ms(r.compactionBlock), ms(r.compactionMs)])
  )
  console.log('\nOpening, phase by phase (validation should grow no faster than parsing):\n')
  printTable(
    ['size', 'read', 'CRC', 'JSON.parse', 'depth check', 'zod validate', 'deep freeze', 'openStore', 'validate/parse'],
    rows.map(({ scale, open: o }) => [`${scale}x`, ms(o.read), ms(o.crc), ms(o.parse), ms(o.depth), ms(o.validate), ms(o.freeze), ms(o.total), ratio(o.validate, o.parse)])
  )
  const [small, large] = rows
  console.log(`\nProcess start → first contacts.list answered (bundled like the app's main; goal: 10x within 2x of 1x):\n`)
  printTable(
    ['size', 'start → answer', 'bare Node start', 'above bare'],
    rows.map((r) => [`${r.scale}x`, ms(r.start), ms(bare), ms(r.start - bare)])
  )
  if (large) console.log(`\nStart 10x / 1x: ${ratio(large.start, small.start)}; open phases 10x / 1x: parse ${ratio(large.open.parse, small.open.parse)}, validate ${ratio(large.open.validate, small.open.validate)}`)
}

function commitId(): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim()
  } catch {
    return null
  }
}

async function run({ smoke }: BenchOptions): Promise<void> {
  const sqlite = loadSqlite()
  if ('unavailable' in sqlite) console.log(`SQLite unavailable: ${sqlite.unavailable}\n`)
  const child = await bundleStartChild()
  const runs = smoke ? 1 : 5
  const bare = await medianStart([child.empty], null, runs)
  const rows: Row[] = []
  try {
    for (const scale of smoke ? [0.1] : [1, 10]) rows.push(await measure(scale, smoke ? 6 : CHANGES, child.file, runs))
  } finally {
    await child.dispose()
  }
  printChanges(rows)
  printRest(rows, bare)
  await mkdir('test-output/bench', { recursive: true })
  // Named by commit, so figures can be compared between commits.
  const summary = { at: new Date().toISOString(), commit: commitId(), smoke, bareStart: bare, sqlite: 'open' in sqlite ? 'better-sqlite3 12.11.1' : sqlite.unavailable, rows }
  await writeFile(OUTPUT, JSON.stringify(summary, null, 2))
  console.log(`\nFigures written to ${OUTPUT}`)
}

const section: BenchSection = { title: 'Data store: one saved change against the 2 KB append floor and SQLite, blocking, open and start', run }
export default section
