import { randomUUID } from 'node:crypto'
import { createDispatch, type Dispatch } from '../api/dispatch'
import { handlers } from '../api/handlers'
import { openStore } from '../store'
import { newSession, noUpdates, type Desktop, type Dialogs, type EventSink, type Logger, type ServiceContext, type Updates } from './context'
import { runStartupTasks } from './startup-tasks'

export interface StartServicesOptions {
  dataDir: string
  /** Where the packaged app's fonts are (AppPaths.fontsDir); absent in dev, the demo and the tests. */
  fontsDir?: string
  dialogs: Dialogs
  desktop: Desktop
  /** Events to the window; the headless demo has none. */
  events?: EventSink
  /** "Starta om nu" for a downloaded update; only the installed app has one. */
  updates?: Updates
  log: Logger
  appVersion: string
  clock?: () => Date
  newId?: () => string
  /** Whether the process named in a leftover samverkan.lock still holds it; see src/main/store/lock.ts. */
  isLockHolderAlive?: (pid: number) => boolean
}

export interface RunningServices {
  ctx: ServiceContext
  dispatch: Dispatch
}

/**
 * Opens the store and binds the whole contract to it. The Electron shell, the
 * end-to-end bridge and the headless demo all start the app through here, so
 * they run exactly the same services.
 */
export async function startServices(options: StartServicesOptions): Promise<RunningServices> {
  const clock = options.clock ?? (() => new Date())
  const store = await openStore({ dataDir: options.dataDir, clock, log: options.log, isProcessAlive: options.isLockHolderAlive })
  const ctx: ServiceContext = {
    store,
    clock,
    newId: options.newId ?? randomUUID,
    dialogs: options.dialogs,
    desktop: options.desktop,
    events: options.events ?? { emit: () => false },
    updates: options.updates ?? noUpdates,
    paths: { dataDir: options.dataDir, ...(options.fontsDir ? { fontsDir: options.fontsDir } : {}) },
    log: options.log,
    appVersion: options.appVersion,
    session: newSession()
  }
  await runStartupTasks(ctx)
  return { ctx, dispatch: createDispatch(handlers, ctx) }
}
