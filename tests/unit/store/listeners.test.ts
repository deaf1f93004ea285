import { describe, expect, it } from 'vitest'
import { openStore } from '../../../src/main/store'
import type { Database } from '../../../src/shared/domain/database'
import { faultyFs, movableClock, recordingLog, tempDir } from './helpers'

const clock = movableClock('2026-11-26T10:00:00Z').now

describe('store change listeners', () => {
  it('hear each committed change once, after read() returns it, with the state before; unchanged records are the same objects', async () => {
    const store = await openStore({ dataDir: await tempDir(), clock, log: recordingLog() })
    await store.update((db) => void (db.settings.councilName = 'Första'))
    const heard: { next: Readonly<Database>; previous: Readonly<Database>; readNow: Readonly<Database> }[] = []
    const unsubscribe = store.subscribe((next, previous) => heard.push({ next, previous, readNow: store.read() }))
    const before = store.read()
    await store.update((db) => void (db.settings.councilName = 'Andra'))
    await store.update(() => undefined)
    expect(heard).toHaveLength(1)
    expect(heard[0].previous).toBe(before)
    expect(heard[0].next).toBe(store.read())
    expect(heard[0].readNow).toBe(heard[0].next)
    expect(heard[0].next.settings.councilName).toBe('Andra')
    expect(heard[0].next.contacts).toBe(before.contacts)
    unsubscribe()
    await store.update((db) => void (db.settings.councilName = 'Tredje'))
    expect(heard).toHaveLength(1)
    await store.close()
  })

  it('hear nothing of a change that failed to save, and a throwing listener never fails a save', async () => {
    const fs = faultyFs()
    const log = recordingLog()
    const store = await openStore({ dataDir: await tempDir(), clock, log, fs })
    let heard = 0
    store.subscribe(() => {
      heard++
      throw new Error('listener bug')
    })
    fs.failWith = 'ENOSPC'
    await expect(store.update((db) => void (db.settings.councilName = 'Sparas inte'))).rejects.toThrow()
    expect(heard).toBe(0)
    fs.failWith = null
    await store.update((db) => void (db.settings.councilName = 'Sparas'))
    expect(heard).toBe(1)
    expect(store.read().settings.councilName).toBe('Sparas')
    expect(log.lines).toContainEqual(expect.objectContaining({ level: 'error', message: 'store: change listener failed' }))
    await store.close()
  })

  it('hear a whole register replaced', async () => {
    const store = await openStore({ dataDir: await tempDir(), clock, log: recordingLog() })
    const seen: string[] = []
    store.subscribe((next) => seen.push(next.settings.councilName))
    await store.replaceAll({ ...structuredClone(store.read()), settings: { ...structuredClone(store.read().settings), councilName: 'Återställd' } })
    expect(seen).toEqual(['Återställd'])
    await store.close()
  })
})
