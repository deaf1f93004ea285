import { AssignmentSchema, MeetingSchema, type Assignment, type KallelseLogEntry, type Meeting } from '../../../src/shared/domain/meetings'

const T = '2019-01-10T09:00:00.000Z'
let n = 0

/** A meeting for the Översikt rules: planned at 09.00–11.00, nothing sent, unless told otherwise. */
export function meeting(date: string, over: Record<string, unknown> = {}): Meeting {
  const id = `meeting-${String(++n).padStart(4, '0')}`
  return MeetingSchema.parse({ id, council: 'Lokala BRÅ', date, startTime: '09:00', endTime: '11:00', calendarUid: `${id}@test`, createdAt: T, updatedAt: T, ...over })
}

/** What the kallelse log holds after a kallelse of `m` as it stands now. */
export const sentEntry = (m: Meeting, kind: KallelseLogEntry['kind'] = 'kallelse'): KallelseLogEntry => ({
  kind, at: T, sequence: 0, recipientMode: 'to', sent: { date: m.date, startTime: m.startTime, endTime: m.endTime, place: m.place }
})

export const withKallelse = (m: Meeting, kind: KallelseLogEntry['kind'] = 'kallelse'): Meeting => ({ ...m, kallelseLog: [...m.kallelseLog, sentEntry(m, kind)] })

/** Notes on the first item: minutes begun, as the 2019 example has them. */
export const NOTES = { agenda: [{ id: 'item-0001', title: 'Lägesbild', notes: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Läget.' }] }] } }] }

export function assignment(over: Partial<Assignment> = {}): Assignment {
  return AssignmentSchema.parse({ id: `assignment-${String(++n).padStart(4, '0')}`, text: 'Gör det', originMeetingId: 'meeting-0000', createdAt: T, updatedAt: T, ...over })
}
