import { z } from 'zod'
import { IsoDateSchema } from '../domain/primitives'
import { method, NoInput } from './define'

/** What happened to the data file at start; shown to the user when not 'ok'. */
export const StartupReportSchema = z.object({
  status: z.enum(['ok', 'created', 'restoredFromBackup', 'startedEmpty', 'unwritable']),
  /** Plain Swedish explanation when anything but a normal start happened. */
  message: z.string().nullable(),
  quarantinedPath: z.string().nullable(),
  backupUsed: z.string().nullable(),
  migratedFrom: z.number().int().nullable()
})
export type StartupReport = z.infer<typeof StartupReportSchema>

export const AppInfoSchema = z.object({
  version: z.string(),
  dataFile: z.string(),
  backupFolder: z.string(),
  schemaVersion: z.number().int(),
  /**
   * Today in Stockholm by main's clock: the one "today" of every domain rule in the
   * window (src/shared/<domain>/rules.ts); the renderer never asks its own clock.
   */
  today: IsoDateSchema,
  startup: StartupReportSchema
})
export type AppInfo = z.infer<typeof AppInfoSchema>

export const OverviewSchema = z.object({
  contacts: z.number().int(),
  organisations: z.number().int(),
  upcomingMeetings: z.number().int(),
  heldMeetings: z.number().int(),
  openAssignments: z.number().int(),
  upcomingSeminars: z.number().int()
})
export type Overview = z.infer<typeof OverviewSchema>

export const appContract = {
  'app.getInfo': method(NoInput, AppInfoSchema),
  'app.acknowledgeStartup': method(NoInput, z.null()),
  'app.getOverview': method(NoInput, OverviewSchema),
  'app.openDataFolder': method(NoInput, z.null()),
  /** The window's answer to the app.beforeQuit event: its drafts are saved. */
  'app.draftsFlushed': method(z.object({ requestId: z.string().min(1).max(100) }).strict(), z.null()),
  /** "Starta om nu" on the update bar: drafts are saved, then the downloaded version installs and the app restarts. */
  'app.installUpdate': method(NoInput, z.object({ started: z.boolean() }))
}
