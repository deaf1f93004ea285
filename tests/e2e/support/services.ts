import { startServices, type RunningServices } from '../../../src/main/services/bootstrap'
import type { EventSink, Logger } from '../../../src/main/services/context'
import type { RecordingDesktop, RecordingUpdates, StubDialogs } from './stubs'

/** Log lines from the services, kept for a failing story's report (they hold no personal data). */
export class MemoryLog implements Logger {
  readonly lines: string[] = []
  info = (message: string) => void this.lines.push(`info ${message}`)
  warn = (message: string) => void this.lines.push(`warn ${message}`)
  error = (message: string, meta?: Record<string, unknown>) => void this.lines.push(`error ${message} ${JSON.stringify(meta ?? {})}`)
}

export interface ServiceDeps {
  dataDir: string
  dialogs: StubDialogs
  desktop: RecordingDesktop
  log: MemoryLog
  /** Events to the page, delivered through the bridge (Harness.emit). */
  events: EventSink
  updates: RecordingUpdates
  clock?: () => Date
}

/** The real services on a real data folder: exactly what the Electron shell starts. */
export function startRealServices(deps: ServiceDeps): Promise<RunningServices> {
  return startServices({ ...deps, appVersion: '0.0.0-e2e' })
}

/** Lets go of the data folder the way the app does on quit, so the next start can take the lock. */
export async function stopServices(services: RunningServices): Promise<void> {
  await services.ctx.store.flush()
  const store = services.ctx.store as { close?: () => Promise<void> }
  await store.close?.()
}
