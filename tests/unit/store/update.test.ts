import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AppError } from '../../../src/main/api/errors'
import { openStore } from '../../../src/main/store'
import { emptyDatabase } from '../../../src/shared/domain/database'
import { diskBytes, faultyFs, movableClock, onDisk, recordingLog, tempDir } from './helpers'

const clock = movableClock('2026-11-26T10:00:00Z').now

async function openWithFaults() {
  const dir = await tempDir()
  const fs = faultyFs()
  const store = await openStore({ dataDir: dir, clock, log: recordingLog(), fs })
  await store.update((db) => {
    db.settings.councilName = 'Sparat'
  })
  return { dir, fs, store }
}

describe('update: a failed write', () => {
  for (const [code, reason] of [
    ['ENOSPC', 'disken är full'],
    ['EROFS', 'mappen är skrivskyddad']
  ]) {
    it(`(${code}) leaves memory and disk at the previous state, and the next write works`, async () => {
      const { dir, fs, store } = await openWithFaults()
      const diskBefore = await diskBytes(dir)
      fs.failWith = code
      const failed = store.update((db) => {
        db.settings.councilName = 'Förlorad'
      })
      await expect(failed).rejects.toBeInstanceOf(AppError)
      await expect(failed).rejects.toMatchObject({ code: 'storage', message: expect.stringContaining(reason) })
      expect(store.read().settings.councilName).toBe('Sparat')
      expect(await diskBytes(dir)).toBe(diskBefore)

      fs.failWith = null
      await store.update((db) => {
        db.settings.councilName = 'Sparat igen'
      })
      expect(store.read().settings.councilName).toBe('Sparat igen')
      expect((await onDisk(dir)).settings.councilName).toBe('Sparat igen')
      expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([])
      await store.close()
    })
  }

  it('when a journal append is cut short (disk full mid-write), the half record is cut off and the next write works', async () => {
    const dir = await tempDir()
    const base = faultyFs()
    let failNextAppend = false
    const fs = {
      ...base,
      open: async (path: string, flags: 'r' | 'w' | 'wx' | 'a') => {
        const handle = await base.open(path, flags)
        if (flags !== 'a') return handle
        return {
          ...handle,
          writeFile: async (data: string | Uint8Array) => {
            if (!failNextAppend) return handle.writeFile(data)
            failNextAppend = false
            await handle.writeFile(data.slice(0, 10))
            throw Object.assign(new Error('ENOSPC: simulated'), { code: 'ENOSPC' })
          }
        }
      }
    }
    const store = await openStore({ dataDir: dir, clock, log: recordingLog(), fs })
    await store.update((db) => (db.settings.councilName = 'först'))
    const before = await diskBytes(dir)
    failNextAppend = true
    await expect(store.update((db) => (db.settings.councilName = 'halv'))).rejects.toMatchObject({ code: 'storage' })
    expect(await diskBytes(dir)).toBe(before)
    expect(store.read().settings.councilName).toBe('först')
    await store.update((db) => (db.settings.councilName = 'hel'))
    expect((await onDisk(dir)).settings.councilName).toBe('hel')
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([])
    await store.close()
  })
})

describe('update: semantics', () => {
  it('lets an error thrown by mutate through unchanged, writing nothing', async () => {
    const { fs, store } = await openWithFaults()
    const writesBefore = fs.writesAttempted
    const bug = new RangeError('fel i tjänsten')
    await expect(
      store.update((db) => {
        db.settings.councilName = 'halvvägs'
        throw bug
      })
    ).rejects.toBe(bug)
    expect(store.read().settings.councilName).toBe('Sparat')
    expect(fs.writesAttempted).toBe(writesBefore)
    await store.close()
  })

  it('refuses a change that would make the file invalid, writing nothing', async () => {
    const { fs, store } = await openWithFaults()
    const writesBefore = fs.writesAttempted
    await expect(
      store.update((db) => {
        db.contacts.push({ ...emptyDatabase().contacts[0], id: 'inte ett id!', name: '' } as never)
      })
    ).rejects.toMatchObject({ code: 'internal' })
    expect(store.read().contacts).toEqual([])
    expect(fs.writesAttempted).toBe(writesBefore)
    await store.close()
  })

  it('serialises concurrent updates: no increment is lost', async () => {
    const dir = await tempDir()
    const store = await openStore({ dataDir: dir, clock, log: recordingLog() })
    const results = await Promise.all(
      Array.from({ length: 40 }, () =>
        store.update((db) => {
          db.settings.dietaryRetentionDays = (db.settings.dietaryRetentionDays + 1) % 366
          return db.settings.dietaryRetentionDays
        })
      )
    )
    expect(results).toEqual(Array.from({ length: 40 }, (_, i) => 8 + i))
    expect(store.read().settings.dietaryRetentionDays).toBe(47)
    await store.flush()
    expect((await onDisk(dir)).settings.dietaryRetentionDays).toBe(47)
    await store.close()
  })

  it('does not show a change to readers until it is on disk', async () => {
    const { store } = await openWithFaults()
    const pending = store.update((db) => {
      db.settings.councilName = 'På väg'
    })
    expect(store.read().settings.councilName).toBe('Sparat')
    await pending
    expect(store.read().settings.councilName).toBe('På väg')
    await store.close()
  })

  it('flush waits for queued writes; after close, changes are refused and the lock is gone', async () => {
    const dir = await tempDir()
    const store = await openStore({ dataDir: dir, clock, log: recordingLog() })
    void store.update((db) => {
      db.settings.councilName = 'Sist'
    })
    await store.close()
    expect(JSON.parse(await readFile(store.dataFile, 'utf8')).settings.councilName).toBe('Sist')
    expect(await readdir(dir)).not.toContain('samverkan.lock')
    await expect(store.update(() => undefined)).rejects.toMatchObject({ code: 'storage' })
  })
})

describe('an unwritable data folder', () => {
  it('whose parent is a file: opens read-only with a Swedish message, never throws', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'inte-en-mapp'), 'fil')
    const store = await openStore({ dataDir: join(dir, 'inte-en-mapp', 'Samverkan'), clock, log: recordingLog() })
    expect(store.startup.status).toBe('unwritable')
    expect(store.startup.message).toMatch(/kan inte spara i datamappen .*inte-en-mapp/)
    expect(store.read()).toEqual(emptyDatabase())
    const rejected = store.update((db) => (db.settings.councilName = 'x'))
    await expect(rejected).rejects.toBeInstanceOf(AppError)
    await expect(rejected).rejects.toMatchObject({ code: 'storage', message: expect.stringContaining('kunde inte sparas') })
    await store.close()
  })

  it('that is read-only: serves the data already there and rejects changes', async () => {
    const { dir, store: first } = await openWithFaults()
    await first.close()
    const fs = faultyFs()
    fs.failWith = 'EROFS'
    const store = await openStore({ dataDir: dir, clock, log: recordingLog(), fs })
    expect(store.startup.status).toBe('unwritable')
    expect(store.startup.message).toContain('skrivskyddad')
    expect(store.read().settings.councilName).toBe('Sparat')
    await expect(store.update(() => undefined)).rejects.toMatchObject({ code: 'storage' })
    await store.close()
  })
})

describe('a briefly locked target (antivirus on Windows)', () => {
  it('is retried: a rename refused with EBUSY twice still saves', async () => {
    const dir = await tempDir()
    const base = faultyFs()
    let refusals = 0
    const fs = {
      ...base,
      rename: async (from: string, to: string) => {
        if (to.endsWith('samverkan.json') && refusals < 2) {
          refusals++
          throw Object.assign(new Error('EBUSY: simulated'), { code: 'EBUSY' })
        }
        return base.rename(from, to)
      }
    }
    const store = await openStore({ dataDir: dir, clock, log: recordingLog(), fs })
    refusals = 0
    await store.update((db) => {
      db.settings.councilName = 'Trots allt'
    })
    // The data file itself is replaced by compaction.
    await store.compact()
    expect(refusals).toBe(2)
    expect(JSON.parse(await readFile(store.dataFile, 'utf8')).settings.councilName).toBe('Trots allt')
    await store.close()
  })
})
