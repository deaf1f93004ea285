import { describe, expect, it } from 'vitest'
import { exampleDatabase, EXAMPLE_IDS } from '../../../src/main/example'
import { kallelseFollowUps } from '../../../src/main/services/meetings/kallelse-source'

describe('open assignments for a kallelse', () => {
  const planned = (db = exampleDatabase()) => {
    const meeting = db.meetings.find((m) => m.id === EXAMPLE_IDS.plannedMeeting)
    if (!meeting) throw new Error('no planned meeting')
    return meeting
  }

  it('brings the open assignment of 2019-02-22 to the meeting of 2019-05-10, owner by name', () => {
    const db = exampleDatabase()
    expect(kallelseFollowUps(db, planned(db))).toEqual([
      { id: EXAMPLE_IDS.assignment, text: db.assignments[0].text, owner: 'Clas Cederlid', dueDate: null, originDate: '2019-02-22' }
    ])
  })

  it('leaves out done and cancelled ones, those of the meeting itself or later ones, and uses a typed owner', () => {
    const db = exampleDatabase()
    const base = db.assignments[0]
    db.assignments.push(
      { ...base, id: 'done-assignment', status: 'done' },
      { ...base, id: 'cancelled-assignment', status: 'cancelled' },
      { ...base, id: 'own-assignment', originMeetingId: EXAMPLE_IDS.plannedMeeting },
      { ...base, id: 'typed-owner-1', ownerContactId: null, ownerName: 'Polisen Lpo Skärholmen', dueDate: '2019-04-30' }
    )
    expect(kallelseFollowUps(db, planned(db)).map((f) => [f.id, f.owner, f.dueDate])).toEqual([
      [EXAMPLE_IDS.assignment, 'Clas Cederlid', null],
      ['typed-owner-1', 'Polisen Lpo Skärholmen', '2019-04-30']
    ])
    const held = db.meetings.find((m) => m.id === EXAMPLE_IDS.heldMeeting)
    expect(held && kallelseFollowUps(db, held)).toEqual([])
  })
})
