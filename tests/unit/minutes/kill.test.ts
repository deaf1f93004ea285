import { spawn } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { exampleDatabase } from '../../../src/main/example'
import { openStore } from '../../../src/main/store'

const CHILD = fileURLToPath(new URL('./autosave-child.ts', import.meta.url))
const ITEM = 'ex-item-2019-05-10-4'
const SAVES = 12
/** The scenario: the app is killed 1.5 s after her last save was acknowledged. */
const KILL_AFTER_MS = 1500

/** Runs the child, SIGKILLs it 1.5 s after its last ack, and resolves to the last revision it acknowledged. */
function saveThenKill(dir: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dir, String(SAVES), ITEM], { stdio: ['ignore', 'pipe', 'pipe'] })
    let lastAck = 0
    let buffered = ''
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString()
      const lines = buffered.split('\n')
      buffered = lines.pop() ?? ''
      for (const line of lines.filter((l) => l.startsWith('ack '))) {
        lastAck = Number(line.slice(4))
        if (lastAck === SAVES) setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_MS)
      }
    })
    child.on('error', reject)
    child.on('close', (code, signal) => (signal === 'SIGKILL' ? resolve(lastAck) : reject(new Error(`child exited (${code}): ${stderr}`))))
  })
}

describe('autosave and a killed app', () => {
  it('keeps every acknowledged minutes.patchItem when the process is killed 1.5 s later', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'samverkan-minutes-kill-'))
    try {
      await writeFile(join(dir, 'samverkan.json'), JSON.stringify(exampleDatabase()))
      expect(await saveThenKill(dir)).toBe(SAVES)
      const store = await openStore({ dataDir: dir, clock: () => new Date(), log: { info: () => undefined, warn: () => undefined, error: () => undefined } })
      expect(store.startup.status).toBe('ok')
      const item = store.read().meetings.find((m) => m.id === 'ex-meeting-2019-05-10')?.agenda.find((i) => i.id === ITEM)
      expect(item?.revision).toBe(SAVES)
      expect(item?.notes.content[0]).toEqual({ type: 'paragraph', content: [{ type: 'text', text: `Ord ${SAVES} av ${SAVES}: inget får försvinna.` }] })
      await store.close()
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
