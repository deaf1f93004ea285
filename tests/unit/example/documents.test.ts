import { describe, expect, it } from 'vitest'
import { EXAMPLE_IDS, exampleDatabase } from '../../../src/main/example'
import { minutesAssignments } from '../../../src/main/services/documents/minutes-source'

describe('minutesAssignments', () => {
  it('names the owner from the register', () => {
    const rows = minutesAssignments(exampleDatabase(), EXAMPLE_IDS.heldMeeting)
    expect(rows).toEqual([expect.objectContaining({ owner: 'Clas Cederlid', dueDate: null })])
  })

  it('falls back to the typed owner, leaves out cancelled ones and other meetings', () => {
    const db = exampleDatabase()
    const base = db.assignments[0]
    db.assignments.push(
      { ...base, id: 'typed-owner', ownerContactId: null, ownerName: 'Polisen Lpo Skärholmen', text: 'Kartlägga personrån' },
      { ...base, id: 'cancelled-1', status: 'cancelled', text: 'Inställt uppdrag' },
      { ...base, id: 'other-meet', originMeetingId: EXAMPLE_IDS.plannedMeeting, text: 'Annat möte' }
    )
    const rows = minutesAssignments(db, EXAMPLE_IDS.heldMeeting)
    expect(rows.map((r) => [r.text, r.owner])).toEqual([
      [base.text, 'Clas Cederlid'],
      ['Kartlägga personrån', 'Polisen Lpo Skärholmen']
    ])
  })
})
