import { spawn } from 'node:child_process'
import { readFile, readdir, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openStore } from '../../../src/main/store'
import { nodeFs } from '../../../src/main/store/fs'
import { movableClock, recordingLog, tempDir } from './helpers'

const clock = movableClock('2026-11-26T10:00:00Z').now

const holder = async (dir: string) => JSON.parse(await readFile(join(dir, 'samverkan.lock'), 'utf8')) as Record<string, unknown>

/** The pid of a process that has exited: a lock holding it is stale. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0'])
  await new Promise((resolve) => child.on('exit', resolve))
  return child.pid!
}

describe('the lock file', () => {
  it('holds our pid while open and is removed on close', async () => {
    const dir = await tempDir()
    const store = await openStore({ dataDir: dir, clock, log: recordingLog() })
    expect(await holder(dir)).toMatchObject({ pid: process.pid, host: hostname() })
    await store.close()
    expect(await readdir(dir)).not.toContain('samverkan.lock')
  })

  it('makes a second store on the same folder read-only, saying Samverkan is already open', async () => {
    const dir = await tempDir()
    const first = await openStore({ dataDir: dir, clock, log: recordingLog() })
    await first.update((db) => {
      db.settings.councilName = 'Första'
    })
    const second = await openStore({ dataDir: dir, clock, log: recordingLog() })
    expect(second.startup.status).toBe('unwritable')
    expect(second.startup.message).toContain('redan öppet')
    expect(second.read().settings.councilName).toBe('Första')
    await expect(second.update(() => undefined)).rejects.toMatchObject({ code: 'storage' })
    await second.close()
    // The refused store must not have removed the first one's lock.
    expect(await holder(dir)).toMatchObject({ pid: process.pid })
    await first.update((db) => {
      db.settings.councilName = 'Första igen'
    })
    await first.close()
  })

  it('is held by another live process: refused', async () => {
    const dir = await tempDir()
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'])
    try {
      await writeFile(join(dir, 'samverkan.lock'), String(sleeper.pid))
      const store = await openStore({ dataDir: dir, clock, log: recordingLog() })
      expect(store.startup.status).toBe('unwritable')
      expect(await readFile(join(dir, 'samverkan.lock'), 'utf8')).toBe(String(sleeper.pid))
    } finally {
      sleeper.kill('SIGKILL')
    }
  })

  it('left by a crashed process (dead pid) or unreadable is taken over', async () => {
    for (const stale of [String(await deadPid()), '', 'skräp']) {
      const dir = await tempDir()
      await writeFile(join(dir, 'samverkan.lock'), stale)
      const store = await openStore({ dataDir: dir, clock, log: recordingLog() })
      expect(store.startup.status).toBe('created')
      expect(await holder(dir)).toMatchObject({ pid: process.pid })
      await store.close()
    }
  })

  it('that cannot be created makes the store read-only with the reason', async () => {
    const dir = await tempDir()
    const fs = {
      ...nodeFs,
      open: async (path: string, flags: 'r' | 'w' | 'wx') => {
        if (flags === 'wx') throw Object.assign(new Error('EACCES: simulated'), { code: 'EACCES' })
        return nodeFs.open(path, flags)
      }
    }
    const store = await openStore({ dataDir: dir, clock, log: recordingLog(), fs })
    expect(store.startup.status).toBe('unwritable')
    expect(store.startup.message).toContain('behörighet')
    await expect(store.update(() => undefined)).rejects.toMatchObject({ code: 'storage' })
  })
})

describe('the lock across sessions and machines (heartbeat)', () => {
  const lockOf = (fields: Record<string, unknown>) => JSON.stringify({ host: 'KONTOR-PC-17', session: 'anna/RDP-Tcp#3', pid: 4242, token: 'deras', ...fields })
  /** The shell's policy: under the OS single-instance lock, no other pid in our own session is Samverkan. */
  const onlyThisProcess = (pid: number) => pid === process.pid

  it('held on another machine with a fresh heartbeat: read-only, saying where it is open', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'samverkan.lock'), lockOf({ heartbeat: '2026-11-26T09:59:40Z' }))
    const store = await openStore({ dataDir: dir, clock, log: recordingLog(), isProcessAlive: onlyThisProcess })
    expect(store.startup.status).toBe('unwritable')
    expect(store.startup.message).toContain('redan öppet')
    expect(store.startup.message).toContain('på datorn KONTOR-PC-17')
    await store.close()
    expect(JSON.parse(await readFile(join(dir, 'samverkan.lock'), 'utf8')).token).toBe('deras')
  })

  it('held in another login session on this machine (RDS, Citrix): read-only, even though the shell trusts no other pid of its own session', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'samverkan.lock'), lockOf({ host: hostname(), heartbeat: '2026-11-26T09:59:40Z' }))
    const store = await openStore({ dataDir: dir, clock, log: recordingLog(), isProcessAlive: onlyThisProcess })
    expect(store.startup.status).toBe('unwritable')
    expect(store.startup.message).toContain('i en annan inloggning på den här datorn')
    await store.close()
  })

  it('whose heartbeat stopped (that machine crashed) is taken over', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'samverkan.lock'), lockOf({ heartbeat: '2026-11-26T09:50:00Z' }))
    const store = await openStore({ dataDir: dir, clock, log: recordingLog(), isProcessAlive: onlyThisProcess })
    expect(store.startup.status).toBe('created')
    expect(await holder(dir)).toMatchObject({ pid: process.pid, host: hostname() })
    await store.close()
  })

  it('is refreshed by its holder', async () => {
    const dir = await tempDir()
    const time = movableClock('2026-11-26T10:00:00Z')
    const store = await openStore({ dataDir: dir, clock: time.now, log: recordingLog(), heartbeatMs: 10 })
    time.set('2026-11-26T10:05:00Z')
    await new Promise((resolve) => setTimeout(resolve, 80))
    expect((await holder(dir)).heartbeat).toBe('2026-11-26T10:05:00.000Z')
    await store.close()
  })

  it('closes cleanly while a heartbeat is still being written: no lock file and no temporary file stay behind', async () => {
    const dir = await tempDir()
    let release!: () => void
    const gate = new Promise<void>((resolve) => (release = resolve))
    let held = false
    // Holds the first heartbeat's rename until the store has begun to close.
    const slowFs = {
      ...nodeFs,
      rename: async (from: string, to: string) => {
        if (to.endsWith('samverkan.lock') && !held) {
          held = true
          await gate
        }
        return nodeFs.rename(from, to)
      }
    }
    const store = await openStore({ dataDir: dir, clock, log: recordingLog(), heartbeatMs: 5, fs: slowFs })
    while (!held) await new Promise((resolve) => setTimeout(resolve, 5))
    const closing = store.close()
    await new Promise((resolve) => setTimeout(resolve, 30))
    release()
    await closing
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect((await readdir(dir)).filter((name) => name.includes('lock'))).toEqual([])
  })

  it('taken over while this machine slept: the next change is refused, saying where, and their lock is left alone', async () => {
    const dir = await tempDir()
    const time = movableClock('2026-11-26T10:00:00Z')
    const store = await openStore({ dataDir: dir, clock: time.now, log: recordingLog(), heartbeatMs: 60_000, staleLockAfterMs: 120_000 })
    await store.update((db) => void (db.settings.councilName = 'Före sömnen'))
    time.set('2026-11-26T11:00:00Z')
    await writeFile(join(dir, 'samverkan.lock'), lockOf({ heartbeat: '2026-11-26T10:59:55Z' }))
    await expect(store.update((db) => void (db.settings.councilName = 'Efter sömnen'))).rejects.toMatchObject({
      code: 'storage',
      message: expect.stringContaining('på datorn KONTOR-PC-17')
    })
    await store.close()
    expect(JSON.parse(await readFile(join(dir, 'samverkan.lock'), 'utf8')).token).toBe('deras')
  })
})

