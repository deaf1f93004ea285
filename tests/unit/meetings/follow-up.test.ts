import { describe, expect, it } from 'vitest'
import { AssignmentSchema, type Assignment } from '../../../src/shared/domain/meetings'
import { assignmentsToFollowUp, clearFollowUp, followUpAt, followUpLine, recordFollowUp } from '../../../src/shared/meetings/follow-up'

const T = '2019-02-22T10:00:00.000Z'
const NOW = '2019-05-10T10:30:00.000Z'
const meetings = [
  { id: 'meeting-feb22', date: '2019-02-22', startTime: '09:00' },
  { id: 'meeting-may10', date: '2019-05-10', startTime: '09:00' },
  { id: 'meeting-sep13', date: '2019-09-13', startTime: '09:00' }
]
const [february, may, september] = meetings
const assignment = (id: string, origin = february.id, status: Assignment['status'] = 'open'): Assignment =>
  AssignmentSchema.parse({ id: `assign-${id}`, text: `Uppdrag ${id}`, ownerName: 'Polisen Lpo Skärholmen', originMeetingId: origin, status, createdAt: T, updatedAt: T })
const afternoons = assignment('afternoons')

describe('assignment follow-up', () => {
  it('flows back: "klart" at the next meeting makes it done, with the meeting it was reported at', () => {
    const done = recordFollowUp(afternoons, { meetingId: may.id, outcome: 'done', note: 'Alla kan på eftermiddagar', reportedOn: may.date }, meetings, NOW)
    expect(done).toMatchObject({ status: 'done', updatedAt: NOW })
    expect(followUpAt(done, may.id)).toEqual({ meetingId: may.id, outcome: 'done', note: 'Alla kan på eftermiddagar', reportedOn: '2019-05-10' })
    expect(followUpLine(done.followUps![0], meetings)).toBe('Rapporterat 2019-05-10: klart – Alla kan på eftermiddagar')
    expect(AssignmentSchema.parse(done)).toEqual(done)
  })

  it('maps "pågår" to open and "struket" to cancelled; a second report at the same meeting replaces the first', () => {
    const ongoing = recordFollowUp(afternoons, { meetingId: may.id, outcome: 'ongoing', note: '', reportedOn: may.date }, meetings, NOW)
    expect(ongoing.status).toBe('open')
    const struck = recordFollowUp(ongoing, { meetingId: may.id, outcome: 'struck', note: 'Inaktuellt', reportedOn: may.date }, meetings, NOW)
    expect(struck.status).toBe('cancelled')
    expect(struck.followUps).toHaveLength(1)
  })

  it('takes its status from the latest meeting’s report, whatever order they are recorded in', () => {
    const later = recordFollowUp(afternoons, { meetingId: september.id, outcome: 'done', note: '', reportedOn: september.date }, meetings, NOW)
    // She corrects what was said in May after September's report: September still decides.
    const corrected = recordFollowUp(later, { meetingId: may.id, outcome: 'ongoing', note: '', reportedOn: may.date }, meetings, NOW)
    expect(corrected.status).toBe('done')
    expect(clearFollowUp(corrected, september.id, meetings, NOW).status).toBe('open')
    expect(clearFollowUp(clearFollowUp(corrected, september.id, meetings, NOW), may.id, meetings, NOW)).toMatchObject({ status: 'open', followUps: [] })
    expect(clearFollowUp(afternoons, may.id, meetings, NOW)).toBe(afternoons)
  })

  it('lists open assignments from earlier meetings under the follow-up item, and keeps those reported there', () => {
    const fromMay = assignment('from-may', may.id)
    const oldDone = assignment('old-done', february.id, 'done')
    const reported = recordFollowUp(assignment('reported'), { meetingId: may.id, outcome: 'done', note: '', reportedOn: may.date }, meetings, NOW)
    const list = assignmentsToFollowUp([afternoons, fromMay, oldDone, reported], meetings, may)
    expect(list.map((a) => a.id)).toEqual(['assign-afternoons', 'assign-reported'])
    // At the meeting after, the one marked klart in May has left the open list.
    expect(assignmentsToFollowUp([afternoons, fromMay, oldDone, reported], meetings, september).map((a) => a.id)).toEqual(['assign-afternoons', 'assign-from-may'])
  })
})
