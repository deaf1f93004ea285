import { z } from 'zod'
import { formatLongDate } from '../../../shared/format/dates'
import { dietaryErasureDate } from '../../../shared/seminars/retention'
import type { SeminarClosedSchema } from '../../../shared/seminars/results'
import { SEMINAR_TEXT } from '../../../shared/seminars/text'
import { withStatus } from '../../../shared/seminars/waitlist'
import type { ServiceContext } from '../context'
import { conflict, findSeminar } from './records'
import { countsOf } from './register'

type Closed = z.infer<typeof SeminarClosedSchema>

/**
 * "Avsluta seminariet": every booked registration not ticked becomes a no-show and the
 * seminar is held. The specialkost stays until the retention rule erases it at a later
 * start (services/retention.ts: the day after seminar date + the setting's days).
 */
export async function closeSeminar(ctx: ServiceContext, id: string): Promise<Closed> {
  const noShows = await ctx.store.update((db) => {
    const s = findSeminar(db, id)
    if (s.status === 'cancelled' || s.status === 'held') throw conflict(SEMINAR_TEXT.errors.closed)
    const now = ctx.clock().toISOString()
    let count = 0
    db.registrations = db.registrations.map((r) => {
      if (r.seminarId !== id || r.status !== 'booked') return r
      count++
      return withStatus(r, 'noShow', now)
    })
    Object.assign(s, { status: 'held', heldAt: now, updatedAt: now })
    return count
  })
  ctx.log.info('seminar closed', {})
  const db = ctx.store.read()
  const seminar = structuredClone(findSeminar(db, id))
  const erasureDate = seminar.dietaryErasedAt === null ? dietaryErasureDate(seminar.date, db.settings.dietaryRetentionDays) : null
  const message = erasureDate === null ? SEMINAR_TEXT.close.erased : SEMINAR_TEXT.close.erasure(formatLongDate(erasureDate, 'midSentence'))
  return { seminar, counts: countsOf(ctx, id), noShows, dietaryErasureDate: erasureDate, message }
}
