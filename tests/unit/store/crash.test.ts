import { spawn } from 'node:child_process'
import { readdir } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { openStore } from '../../../src/main/store'
import { recordingLog, tempDir } from './helpers'

const CHILD = fileURLToPath(new URL('./writer-child.ts', import.meta.url))
const TRIALS = 50

interface Trial {
  lastAck: number
  exitSignal: NodeJS.Signals | null
}

/** Starts a writer, lets it write for a random moment, then SIGKILLs it mid-burst. */
function runTrial(dir: string): Promise<Trial> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dir], { stdio: ['ignore', 'pipe', 'pipe'] })
    let lastAck = 0
    let buffered = ''
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString()
      const lines = buffered.split('\n')
      buffered = lines.pop() ?? ''
      for (const line of lines) {
        if (!line.startsWith('ack ')) continue
        lastAck = Number(line.slice(4))
        // Kill at a random moment once writing is under way: mid-fsync, mid-rename or between writes.
        if (lastAck === 1) setTimeout(() => child.kill('SIGKILL'), Math.random() * 150)
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
  it(`leaves a loadable file holding every acknowledged change (${TRIALS} trials)`, async () => {
    for (let trial = 0; trial < TRIALS; trial++) {
      const dir = await tempDir()
      const { lastAck, exitSignal } = await runTrial(dir)
      expect(exitSignal).toBe('SIGKILL')
      expect(lastAck).toBeGreaterThanOrEqual(1)

      const store = await openStore({ dataDir: dir, clock: () => new Date(), log: recordingLog() })
      expect(store.startup.status).toBe('ok')
      const ids = store.read().contacts.map((c) => c.id)
      // Every acknowledged change is there, in order; at most the one in flight is extra.
      expect(ids.length === lastAck || ids.length === lastAck + 1).toBe(true)
      ids.forEach((id, i) => expect(id).toBe(`crash${String(i + 1).padStart(6, '0')}`))
      expect(store.read().settings.councilName).toBe(`ändring ${ids.length}`)
      await store.close()
      expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([])
    }
  }, 180_000)
})
