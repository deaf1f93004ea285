import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Logger } from '../services/context'

/** The URL electron-builder.yml ships with until IT sets the real update server. */
export const PLACEHOLDER_UPDATE_HOST = 'updates.invalid'

/** The slice of electron-updater's AppUpdater the app uses. */
export interface UpdaterLike {
  logger: unknown
  on(event: 'error', listener: (error: Error) => void): unknown
  on(event: 'update-downloaded', listener: (info: { version?: string } | undefined) => void): unknown
  checkForUpdatesAndNotify(): Promise<unknown>
}

export interface UpdaterOptions {
  isPackaged: boolean
  /** process.resourcesPath; electron-builder writes app-update.yml there. */
  resourcesPath: string | undefined
  log: Logger
  /** Tells the window a new version is ready (event app.updateReady). */
  onUpdateReady?: (version: string) => void
  readText?: (path: string) => Promise<string>
  /** Loads electron-updater; only ever called once the checks above pass. */
  loadUpdater?: () => Promise<UpdaterLike>
}

export type UpdateStart = 'notPackaged' | 'notConfigured' | 'checking' | 'failed'

/** electron-updater reads electron's app object when first touched, so it is imported only here, on demand. */
const loadElectronUpdater = async (): Promise<UpdaterLike> => {
  const module = await import('electron-updater')
  return module.autoUpdater ?? module.default.autoUpdater
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
 * Checks the update server in the background. Only an installed build with a
 * real server configured looks for updates; a failure is logged (code only, never
 * the message, which may hold paths with the user's name) and the app carries on.
 */
export async function startAutoUpdate(options: UpdaterOptions): Promise<UpdateStart> {
  const { log } = options
  if (!options.isPackaged || !options.resourcesPath) return 'notPackaged'
  const url = await configuredUpdateUrl(options.resourcesPath, options.readText ?? ((p) => readFile(p, 'utf8')))
  if (!url || url.includes(PLACEHOLDER_UPDATE_HOST)) {
    log.info('auto-update off: no update server configured')
    return 'notConfigured'
  }
  try {
    const updater = await (options.loadUpdater ?? loadElectronUpdater)()
    updater.logger = null
    updater.on('error', (error) => log.warn('update check failed', { error: error.name }))
    updater.on('update-downloaded', (info) => {
      log.info('update downloaded; installs on quit')
      options.onUpdateReady?.(info?.version ?? '')
    })
    await updater.checkForUpdatesAndNotify()
    return 'checking'
  } catch (error) {
    log.warn('update check failed', { error: error instanceof Error ? error.name : 'unknown' })
    return 'failed'
  }
}
