import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Logger } from '../services/context'
import { errorCodeOf, UpdateCycle, type Timers, type UpdaterLike } from './update-cycle'

/** The URL electron-builder.yml ships with until IT sets the real update server. */
export const PLACEHOLDER_UPDATE_HOST = 'updates.invalid'

export interface UpdaterOptions {
  isPackaged: boolean
  /** process.resourcesPath; electron-builder writes app-update.yml there. */
  resourcesPath: string | undefined
  log: Logger
  /** Tells the window a new version is ready (event app.updateReady). */
  onUpdateReady(version: string): void
  /** Saves drafts and closes the store before "Starta om nu" runs the installer. */
  beforeInstall(): Promise<void>
  timers?: Timers
  readText?: (path: string) => Promise<string>
  /** Loads electron-updater; only ever called once the checks above pass. */
  loadUpdater?: () => Promise<UpdaterLike>
}

export type UpdateStart = { status: 'notPackaged' | 'notConfigured' | 'failed'; cycle: null } | { status: 'checking'; cycle: UpdateCycle }

/**
 * electron-updater's `autoUpdater` is a getter that builds the platform's updater from
 * Electron's app object when first read, so it is imported and read only here, on demand.
 */
const loadElectronUpdater = async (): Promise<UpdaterLike> => {
  const module = await import('electron-updater')
  return (module.autoUpdater ?? module.default.autoUpdater) as unknown as UpdaterLike
}

/** The `url:` of the generic provider in app-update.yml, or null when there is none. */
export async function configuredUpdateUrl(resourcesPath: string, readText: (path: string) => Promise<string>): Promise<string | null> {
  try {
    const yml = await readText(join(resourcesPath, 'app-update.yml'))
    const match = /^url:\s*['"]?([^'"\s]+)['"]?\s*$/m.exec(yml)
    return match?.[1] ?? null
  } catch {
    return null
  }
}

/**
 * Starts the update cycle (src/main/shell/update-cycle.ts). Only an installed build with
 * a real server configured looks for updates; a failure is logged by code only and the
 * app carries on.
 */
export async function startAutoUpdate(options: UpdaterOptions): Promise<UpdateStart> {
  const { log } = options
  if (!options.isPackaged || !options.resourcesPath) return { status: 'notPackaged', cycle: null }
  const url = await configuredUpdateUrl(options.resourcesPath, options.readText ?? ((p) => readFile(p, 'utf8')))
  if (!url || url.includes(PLACEHOLDER_UPDATE_HOST)) {
    log.info('auto-update off: no update server configured')
    return { status: 'notConfigured', cycle: null }
  }
  try {
    const updater = await (options.loadUpdater ?? loadElectronUpdater)()
    const cycle = new UpdateCycle({ updater, log, onReady: options.onUpdateReady, beforeInstall: options.beforeInstall, timers: options.timers })
    cycle.start()
    return { status: 'checking', cycle }
  } catch (error) {
    log.warn('update failed', { code: errorCodeOf(error) })
    return { status: 'failed', cycle: null }
  }
}
