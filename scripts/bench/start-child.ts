/**
 * Bundled by the bench (scripts/bench/store-start.ts) into one file, as the
 * app's main bundle is, and run as a fresh process: opens the services on the
 * data folder in argv[2] and answers one contacts.list, then prints "answered".
 */
import { startServices } from '../../src/main/services/bootstrap'

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined }

const services = await startServices({
  dataDir: process.argv[2],
  dialogs: { openFile: async () => null, saveFile: async () => null },
  desktop: { openPath: async () => undefined, openExternal: async () => undefined, showItemInFolder: () => undefined, writeClipboardText: () => undefined },
  log: silent,
  appVersion: 'bench'
})
// A start that found the folder locked or broken would measure something else.
if (services.ctx.store.startup.status !== 'ok') throw new Error(`store opened ${services.ctx.store.startup.status}`)
const result = await services.dispatch('contacts.list', null)
if (!result.ok) throw new Error('contacts.list failed')
process.stdout.write('answered\n')
await services.ctx.store.close()
