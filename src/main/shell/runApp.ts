import { join } from 'node:path'
import { guardWebContents } from './guards'
import { closeStoreOnQuit } from './lifecycle'
import { rendererLocation } from './location'
import { createFileLogger } from './logger'
import { registerAppScheme, serveRenderer } from './protocol'
import { startShell, type ShellState } from './startup'
import { bringToFront } from './window'
import type { ElectronApi, RunOptions } from './types'

/** electron-builder.yml's appId. */
export const APP_USER_MODEL_ID = 'se.stockholm.samverkan'

/**
 * The whole Electron shell. src/main/index.ts calls this with the real Electron;
 * tests call it (or load the built bundle) with a mock.
 */
export function runApp(electron: ElectronApi, options: RunOptions): void {
  const { app, dialog } = electron
  // One process owns the data file: a second start hands over to the first and leaves.
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }
  app.enableSandbox()
  registerAppScheme(electron.protocol)
  // Windows ties notifications (the update notice) and taskbar grouping to the
  // installer's shortcut through this id, which electron-builder sets to the appId.
  if (options.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID)
  const logDir = join(app.getPath('userData'), 'logs')
  const log = createFileLogger(logDir)
  log.info('starting', { version: app.getVersion(), packaged: app.isPackaged })
  // The dev server is trusted only in development: in an installed app an
  // environment variable must never be able to point the window at another site.
  const location = rendererLocation(options.mainDir, app.isPackaged ? undefined : options.devServerUrl)
  const state: ShellState = { window: null, services: null }
  const openExternal = (url: string): Promise<void> => electron.shell.openExternal(url)

  app.on('second-instance', () => bringToFront(state.window))
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, { isAppUrl: location.isAppUrl, openExternal, log }))
  app.on('window-all-closed', () => app.quit())
  closeStoreOnQuit(app, () => state.services?.ctx.store ?? null, log)

  app
    .whenReady()
    .then(() => {
      if (location.root !== null) serveRenderer(electron.protocol, location.root, log)
      return startShell({ electron, options, location, log, state })
    })
    .catch((error: unknown) => {
      log.error('startup failed', { error: error instanceof Error ? error.name : 'unknown' })
      dialog.showErrorBox(
        'Samverkan kunde inte starta',
        `Ett oväntat fel hindrade starten. Försök starta Samverkan igen. Om felet kvarstår, kontakta IT och bifoga loggfilen:\n${join(logDir, 'samverkan.log')}`
      )
      app.quit()
    })
}
