import { monitorEventLoopDelay, performance } from 'node:perf_hooks'
import { open } from 'node:fs/promises'
import { join } from 'node:path'
import type { DataStore } from '../../src/main/store/types'
import type { SqliteRegister } from './store-sqlite'

export interface ChangeSamples {
  phone: number[]
  notes: number[]
  floor: number[]
  sqlitePhone: number[]
  sqliteNotes: number[]
}

async function timed(fn: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now()
  await fn()
  return performance.now() - start
}

/** One realistic small edit: a contact's phone number. */
export const editPhone = (store: DataStore, n: number) =>
  store.update((db) => {
    const contact = db.contacts[(n * 7) % db.contacts.length]
    contact.phone = `070-${String(100000 + n).slice(-6)}`
    contact.updatedAt = new Date().toISOString()
  })

/** A few words typed into one agenda item's notes (what the minutes editor's autosave will send). */
export const editNotes = (store: DataStore, n: number) =>
  store.update((db) => {
    const first = db.meetings[n % db.meetings.length].agenda[1].notes.content[0]
    const text = first.type === 'paragraph' ? first.content?.[1] : undefined
    if (text?.type === 'text') text.text = `${text.text} ord ${n}`
  })

/** The least any durable change can cost: 2 KB appended to a file in the same folder, then fsync. */
async function floorAppender(dir: string) {
  const handle = await open(join(dir, 'floor.bin'), 'a')
  const block = Buffer.alloc(2048, 0x61)
  return {
    append: async () => {
      await handle.writeFile(block)
      await handle.sync()
    },
    close: () => handle.close()
  }
}

/** Interleaved, so each kind sees the same disk and CPU conditions. */
export async function measureChanges(store: DataStore, dir: string, sqlite: SqliteRegister | null, changes: number): Promise<ChangeSamples> {
  const floor = await floorAppender(dir)
  const s: ChangeSamples = { phone: [], notes: [], floor: [], sqlitePhone: [], sqliteNotes: [] }
  for (let n = 0; n < changes; n++) {
    s.phone.push(await timed(() => editPhone(store, n)))
    s.floor.push(await timed(floor.append))
    s.notes.push(await timed(() => editNotes(store, n)))
    if (sqlite) {
      s.sqlitePhone.push(await timed(() => sqlite.editPhone(n)))
      s.sqliteNotes.push(await timed(() => sqlite.editNotes(n)))
    }
  }
  await floor.close()
  return s
}

/** Longest event-loop block (ms) while `work` runs, from perf_hooks' delay histogram at 1 ms resolution. */
export async function longestBlock(work: () => Promise<unknown>): Promise<number> {
  const histogram = monitorEventLoopDelay({ resolution: 1 })
  histogram.enable()
  await work()
  histogram.disable()
  return histogram.max / 1e6
}

/** Saves only (no floor or SQLite, whose calls block by design): the longest block of the store's own work. */
export async function saveBlock(store: DataStore, changes: number): Promise<number> {
  return longestBlock(async () => {
    for (let n = 0; n < changes; n++) {
      await editPhone(store, 10_000 + n)
      await editNotes(store, 10_000 + n)
    }
  })
}

/** A compaction of the whole register with changes going on meanwhile, as at a threshold. */
export async function compactionBlock(store: DataStore): Promise<{ block: number; duration: number }> {
  let duration = 0
  const block = await longestBlock(async () => {
    const start = performance.now()
    const compaction = store.compact().then(() => (duration = performance.now() - start))
    for (let n = 0; n < 20; n++) await editPhone(store, 20_000 + n)
    await compaction
  })
  return { block, duration }
}
