import type { HandlersFor } from '../../api/dispatch'
import { SCHEMA_VERSION } from '../../../shared/domain/database'
import { stockholmIsoDate } from '../../../shared/format/dates'
import { isHeld, isUpcoming } from '../../../shared/meetings/rules'
import { draftsFlushed, flushWindowDrafts } from './quit'

export const appHandlers: HandlersFor<'app.'> = {
  'app.getInfo': (_input, ctx) => {
    const startup = ctx.store.startup
    return {
      version: ctx.appVersion,
      dataFile: ctx.store.dataFile,
      backupFolder: ctx.store.backupFolder,
      schemaVersion: SCHEMA_VERSION,
      today: stockholmIsoDate(ctx.clock()),
      // Once the user has read the startup message it is not shown again this session.
      startup: ctx.session.startupAcknowledged ? { ...startup, status: 'ok', message: null } : startup
    }
  },

  'app.acknowledgeStartup': (_input, ctx) => {
    ctx.session.startupAcknowledged = true
    return null
  },

  'app.getOverview': (_input, ctx) => {
    const db = ctx.store.read()
    const today = stockholmIsoDate(ctx.clock())
    return {
      contacts: db.contacts.length,
      organisations: db.organisations.length,
      upcomingMeetings: db.meetings.filter((m) => isUpcoming(m, today)).length,
      heldMeetings: db.meetings.filter(isHeld).length,
      openAssignments: db.assignments.filter((a) => a.status === 'open').length,
      upcomingSeminars: db.seminars.filter((s) => s.status !== 'cancelled' && s.date >= today).length
    }
  },

  'app.openDataFolder': async (_input, ctx) => {
    await ctx.desktop.openPath(ctx.paths.dataDir)
    return null
  },

  'app.draftsFlushed': ({ requestId }, ctx) => {
    draftsFlushed(ctx, requestId)
    return null
  },

  // The handshake first, as on every quit: nothing she typed is lost to the restart.
  'app.installUpdate': async (_input, ctx) => {
    await flushWindowDrafts(ctx)
    return { started: await ctx.updates.restartToInstall() }
  }
}
