import type { Database } from '../../../shared/domain/database'
import type { Seminar } from '../../../shared/domain/seminars'
import { kitchenSummary } from '../../../shared/seminars/kitchen'
import { seminarFileBase } from '../../documents/seminars/content'
import { buildInvitation } from '../../documents/seminars/invitation'
import { buildKitchen } from '../../documents/seminars/kitchen'
import { buildParticipants } from '../../documents/seminars/participants'
import type { DocumentDeps } from '../../documents'
import type { ServiceContext } from '../context'
import { readLogoCopy } from '../settings/logo'
import { registrationsOf } from './records'

/** ical.js is loaded when a calendar file is made, not at app start. */
export const loadSeminarCalendar = () => import('../../calendar/seminar-event')

const depsOf = (ctx: ServiceContext): DocumentDeps => ({ readFile: (name) => readLogoCopy(ctx.paths.dataDir, name), now: ctx.clock })

export interface SeminarFile {
  fileName: string
  bytes: () => Promise<Uint8Array>
}

/** The seminar's Word files, built from one snapshot of the store. */
export function seminarFiles(ctx: ServiceContext, db: Readonly<Database>, s: Seminar) {
  const regs = registrationsOf(db, s.id)
  return {
    invitation: { fileName: `${seminarFileBase('inbjudan', s)}.docx`, bytes: () => buildInvitation(s, db.settings, depsOf(ctx)) },
    participants: { fileName: `${seminarFileBase('deltagarlista', s)}.docx`, bytes: () => buildParticipants(s, regs, db.settings, depsOf(ctx)) },
    kitchen: { fileName: `${seminarFileBase('koket', s)}.docx`, bytes: () => buildKitchen(s, kitchenSummary(regs, s.dietaryErasedAt), db.settings, depsOf(ctx)) },
    ics: {
      fileName: `${seminarFileBase('seminarium', s)}.ics`,
      text: async () => (await loadSeminarCalendar()).seminarCalendar(s, db.settings, ctx.clock())
    }
  } satisfies Record<string, unknown>
}
