import { join } from 'node:path'
import type { MenuCommandId } from '../../shared/contract/events'
import { flushWindowDrafts } from '../services/app/quit'
import { startServices, type RunningServices } from '../services/bootstrap'
import type { Logger } from '../services/context'
import { createDesktop, createDialogs } from './adapters'
import { createEventSender } from './events'
import { secureSession } from './guards'
import { registerApi } from './ipc'
import { flushDraftsOnClose } from './lifecycle'
import type { RendererLocation } from './location'
import { menuTemplate } from './menu'
import type { BrowserWindow, ElectronApi, RunOptions } from './types'
import type { UpdateCycle } from './update-cycle'
import { startAutoUpdate } from './updater'
import { createMainWindow } from './window'

/**
 * The OS single-instance lock (taken before this runs) already makes this the only
 * Samverkan of this user in this login session. So a samverkan.lock left by another
 * pid of this same host and session is stale: after a crash or power cut, Windows
 * soon reuses that pid for some other program, and trusting it would open her data
 * read-only for good. The store asks this only for holders in our own host and
 * session; a lock from another session or machine (RDS, Citrix, a roamed folder)
 * is judged by its heartbeat (src/main/store/lock.ts).
 */
const onlyThisProcess = (pid: number): boolean => pid === process.pid

/** What the running shell holds; filled in as startup proceeds. */
export interface ShellState {
  window: BrowserWindow | null
  services: RunningServices | null
}

export interface StartContext {
  electron: ElectronApi
  options: RunOptions
  location: RendererLocation
  log: Logger
  state: ShellState
}

/**
 * The data lives under the per-user app data folder (…\AppData\Roaming\Samverkan\data
 * on Windows) rather than in Documents, which is often synced by OneDrive: a sync
 * client rewriting the file behind the app's back would break the single-writer rule.
 */
export const dataDirFor = (userData: string): string => join(userData, 'data')

function installMenu({ electron, options, state }: StartContext, services: RunningServices): void {
  const { app, dialog, Menu } = electron
  const showAbout = (): void => {
    const about = {
      type: 'info' as const,
      title: 'Om Samverkan',
      message: `Samverkan ${app.getVersion()}`,
      detail: `Stöd för preventionssamordnaren: kontakter, lokala BRÅ, kallelser, minnesanteckningar och seminarier.\n\nDatamapp: ${services.ctx.paths.dataDir}`,
      buttons: ['OK']
    }
    void (state.window ? dialog.showMessageBox(state.window, about) : dialog.showMessageBox(about))
  }
  // The window's command registry runs menu commands, so menu, toolbar and keyboard share one path.
  const command = (id: MenuCommandId): void => void services.ctx.events.emit('app.command', { id })
  const template = menuTemplate({ command, showAbout }, { dev: !app.isPackaged, platform: options.platform })
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}

/** Runs once Electron is ready: services first, then the API, the menu and the window that uses them. */
export async function startShell(context: StartContext): Promise<void> {
  const { electron, options, location, log, state } = context
  const { app } = electron
  secureSession(electron.session.defaultSession)
  const getWindow = (): BrowserWindow | null => state.window
  // The updater starts after the window; "Starta om nu" reaches it through this holder.
  const updates: { cycle: UpdateCycle | null } = { cycle: null }
  const services = await startServices({
    dataDir: dataDirFor(app.getPath('userData')),
    // electron-builder's extraResources put resources/fonts beside app.asar (electron-builder.yml).
    ...(app.isPackaged && options.resourcesPath ? { fontsDir: join(options.resourcesPath, 'fonts') } : {}),
    dialogs: createDialogs(electron.dialog, getWindow, app.getPath('documents')),
    desktop: createDesktop(electron.shell, electron.clipboard),
    events: createEventSender({ getWindow, isAppUrl: location.isAppUrl, log }),
    updates: { restartToInstall: async () => (await updates.cycle?.installNow()) ?? false },
    log,
    appVersion: app.getVersion(),
    isLockHolderAlive: onlyThisProcess
  })
  state.services = services
  log.info('services started', { startup: services.ctx.store.startup.status })
  registerApi(electron.ipcMain, { getWindow, isAppUrl: location.isAppUrl, dispatch: services.dispatch, log })
  installMenu(context, services)
  const win = createMainWindow(electron.BrowserWindow, { mainDir: options.mainDir, location, log })
  state.window = win
  flushDraftsOnClose(win, () => flushWindowDrafts(services.ctx), log)
  win.on('closed', () => {
    state.window = null
  })
  const onUpdateReady = (version: string): void => void services.ctx.events.emit('app.updateReady', { version })
  // The handler has already flushed the window's drafts; the store closes before the installer replaces the app.
  const beforeInstall = (): Promise<void> => services.ctx.store.close()
  const started = await startAutoUpdate({ isPackaged: app.isPackaged, resourcesPath: options.resourcesPath, log, onUpdateReady, beforeInstall })
  updates.cycle = started.cycle
}
