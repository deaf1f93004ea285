import { spawn } from 'node:child_process'
import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { benchDatabase } from '../../../scripts/bench/data'
import { openStore } from '../../../src/main/store'
import { recordingLog, tempDir } from './helpers'

const CHILD = fileURLToPath(new URL('./writer-child.ts', import.meta.url))
const TRIALS = 50
/** Large enough that serialising a snapshot takes a while, so kills land inside compactions. */
const SEED = JSON.stringify(benchDatabase(0.3), null, 2)

interface Trial {
  lastAck: number
  exitSignal: NodeJS.Signals | null
}

/**
 * Starts a writer and SIGKILLs it mid-burst: in even trials at a random moment
 * once writing is under way (mid-append, mid-fsync, between writes), in odd
 * trials a few ms after a compaction has started (mid-snapshot, mid-rename).
 */
function runTrial(dir: string, duringCompaction: boolean): Promise<Trial> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dir], { stdio: ['ignore', 'pipe', 'pipe'] })
    let lastAck = 0
    let buffered = ''
    let stderr = ''
    let killing = false
    const killIn = (ms: number) => {
      if (killing) return
      killing = true
      setTimeout(() => child.kill('SIGKILL'), ms)
    }
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString()
      const lines = buffered.split('\n')
      buffered = lines.pop() ?? ''
      for (const line of lines) {
        if (line === 'compacting' && duringCompaction && lastAck >= 1) killIn(Math.random() * 25)
        if (!line.startsWith('ack ')) continue
        lastAck = Number(line.slice(4))
        if (lastAck === 1 && !duringCompaction) killIn(Math.random() * 150)
      }
    })
    child.on('error', reject)
    // 'close' waits for stdout to drain: every ack the child wrote has been read.
    child.on('close', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer exited by itself (${code}): ${stderr}`))
      else resolve({ lastAck, exitSignal: signal })
    })
  })
}

describe('kill -9 during a burst of writes', () => {
  it(`leaves a loadable pair holding every acknowledged change, also when killed mid-compaction (${TRIALS} trials)`, async () => {
    let killedMidSnapshot = 0
    for (let trial = 0; trial < TRIALS; trial++) {
      const dir = await tempDir()
      await writeFile(join(dir, 'samverkan.json'), SEED)
      const { lastAck, exitSignal } = await runTrial(dir, trial % 2 === 1)
      expect(exitSignal).toBe('SIGKILL')
      expect(lastAck).toBeGreaterThanOrEqual(1)
      if ((await readdir(dir)).some((n) => n.startsWith('samverkan.json.') && n.endsWith('.tmp'))) killedMidSnapshot++

      const store = await openStore({ dataDir: dir, clock: () => new Date(), log: recordingLog() })
      expect(store.startup.status).toBe('ok')
      const ids = store.read().contacts.map((c) => c.id).filter((id) => id.startsWith('crash'))
      // Every acknowledged change is there, in order; at most the one in flight is extra.
      expect(ids.length === lastAck || ids.length === lastAck + 1).toBe(true)
      ids.forEach((id, i) => expect(id).toBe(`crash${String(i + 1).padStart(6, '0')}`))
      expect(store.read().settings.councilName).toBe(`ändring ${ids.length}`)
      await store.close()
      expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([])
    }
    // The odd trials are aimed at compactions; most of them land while the snapshot is being written.
    expect(killedMidSnapshot).toBeGreaterThan(0)
  }, 300_000)
})
