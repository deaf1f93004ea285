/**
 * Child process for the minutes kill test: starts the services on the data folder given
 * as argv[2] the way the app does, saves one agenda item's notes through
 * minutes.patchItem argv[3] times, as autosave would while she types, printing
 * "ack <revision>" once each save has resolved, then waits to be killed.
 */
import { startServices } from '../../../src/main/services/bootstrap'

const [dir, item, count] = [process.argv[2], process.argv[4], Number(process.argv[3])]
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined }

async function main(): Promise<void> {
  const { dispatch } = await startServices({
    dataDir: dir,
    dialogs: { openFile: async () => null, saveFile: async () => null },
    desktop: { openPath: async () => undefined, openExternal: async () => undefined, showItemInFolder: () => undefined, writeClipboardText: () => undefined },
    log: quiet,
    appVersion: 'kill-test',
    clock: () => new Date(),
    newId: () => `kill-${Math.random().toString(36).slice(2, 12)}`
  })
  for (let n = 1; n <= count; n++) {
    const notes = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `Ord ${n} av ${count}: inget får försvinna.` }] }] }
    const result = await dispatch('minutes.patchItem', { meetingId: 'ex-meeting-2019-05-10', itemId: item, baseRevision: n - 1, notes })
    if (!result.ok) throw new Error(result.error.message)
    process.stdout.write(`ack ${(result.value as { revision: number }).revision}\n`)
  }
  // Alive and idle, as the app is between keystrokes, until the test kills it.
  setInterval(() => undefined, 60_000)
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
