import { describe, expect, it } from 'vitest'
import { areaChanges } from '../../../src/shared/areas/changes'
import { areaReferences } from '../../../src/shared/areas/tags'
import { areaTimeline, excerpt } from '../../../src/shared/areas/timeline'
import type { Database } from '../../../src/shared/domain/database'
import { heldCopy, heldOf, registerWithAreas, WEST, YOUTH } from './fixtures'

/** The held meeting with item 3's fourth paragraph (the narcotics one) about Västertorp, item 4's decision too. */
function tagged(): Database {
  const db = registerWithAreas()
  const held = heldOf(db)
  const lagesbild = held.agenda[2]
  const p = lagesbild.notes.content[1]
  if (p.type !== 'paragraph') throw new Error('item 3 starts with paragraphs')
  p.attrs = { areaIds: [WEST] }
  held.agenda[3].decisions[0].areaIds = [WEST, YOUTH]
  held.agenda[4].areaIds = [YOUTH]
  db.assignments[0].areaIds = [WEST]
  return db
}

describe('an area’s timeline', () => {
  it('lists a tagged paragraph, a decision and an assignment of the meeting, in agenda order, with where they were said', () => {
    const entries = areaTimeline(tagged(), WEST)
    expect(entries.map((e) => [e.via, e.itemNumber, e.meetingDate])).toEqual([
      ['paragraph', 3, '2019-02-22'],
      ['decision', 4, '2019-02-22'],
      ['assignment', 6, '2019-02-22']
    ])
    expect(entries[0].excerpt).toMatch(/^De prioriterade områdena i den lokala samverkansöverenskommelsen är fortsatt Liljeholmen, Västertorp/)
    expect(entries[1]).toMatchObject({ recordId: 'ex-item-2019-02-22-4-b1', excerpt: expect.stringMatching(/^Utifrån inkommen information/) })
    expect(entries[2]).toMatchObject({ recordId: 'ex-assignment-01', agendaItemId: 'ex-item-2019-02-22-6', itemTitle: 'Kommande möten' })
  })

  it('a tagged item is one entry with its notes (not each paragraph again); an item without notes shows its title', () => {
    const db = tagged()
    heldOf(db).agenda[2].areaIds = [WEST]
    heldOf(db).agenda[3].areaIds = [WEST]
    const entries = areaTimeline(db, WEST)
    expect(entries.map((e) => [e.via, e.itemNumber])).toEqual([
      ['item', 3],
      ['item', 4],
      ['decision', 4],
      ['assignment', 6]
    ])
    expect(entries[0].excerpt).toMatch(/^De centrala samverkansavtalet/)
    expect(entries[1].excerpt).toBe('Beslutade insatser')
    expect(areaTimeline(db, YOUTH).map((e) => [e.via, e.itemNumber])).toEqual([
      ['decision', 4],
      ['item', 5]
    ])
  })

  it('puts the newest meeting first and leaves out a cancelled meeting and one not yet written', () => {
    const db = tagged()
    db.meetings.push(heldCopy(db, 'meeting-2019-06-14', '2019-06-14'), { ...heldCopy(db, 'meeting-2018-11-16', '2018-11-16'), status: 'cancelled' })
    const planned = db.meetings.find((m) => m.status === 'planned')!
    planned.agenda[2].areaIds = [WEST]
    expect([...new Set(areaTimeline(db, WEST).map((e) => e.meetingDate))]).toEqual(['2019-06-14', '2019-02-22'])
  })

  it('keeps the whole history of a closed area', () => {
    const db = tagged()
    db.priorityAreas[0].closedOn = '2019-03-31'
    expect(areaTimeline(db, WEST)).toHaveLength(3)
  })

  it('cuts a long excerpt at a word, with an ellipsis, on one line', () => {
    expect(excerpt('ett  två\ntre', 240)).toBe('ett två tre')
    const cut = excerpt('ord '.repeat(100), 20)
    expect(cut).toBe('ord ord ord ord…')
    expect(cut.length).toBeLessThanOrEqual(20)
  })

  it('counts every place that refers to an area', () => {
    const db = tagged()
    expect(areaReferences(db, WEST)).toBe(3)
    expect(areaReferences(db, YOUTH)).toBe(2)
    expect(areaReferences(db, 'area-none-0001')).toBe(0)
  })
})

describe('what changed since the last meeting', () => {
  it('is everything of the only held meeting, with no earlier one to compare', () => {
    const db = tagged()
    const changes = areaChanges(db, WEST, areaTimeline(db, WEST), [])
    expect(changes).toMatchObject({ meetingId: heldOf(db).id, meetingDate: '2019-02-22', previousMeetingDate: null })
    expect(changes?.entries.map((e) => e.via)).toEqual(['paragraph', 'decision', 'assignment'])
    expect(changes?.assignmentsGiven.map((a) => a.id)).toEqual(['ex-assignment-01'])
  })

  it('takes only what the latest held meeting brought: its entries, assignments reported done at it', () => {
    const db = tagged()
    const june = heldCopy(db, 'meeting-2019-06-14', '2019-06-14')
    june.agenda.forEach((item) => {
      item.areaIds = []
      item.decisions = []
      item.notes = { type: 'doc', content: [] }
    })
    june.agenda[1].areaIds = [WEST]
    june.agenda[1].notes = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Belysningen i Västertorp är åtgärdad.' }] }] }
    db.meetings.push(june)
    db.assignments[0].followUps = [{ meetingId: june.id, outcome: 'done', note: '', reportedOn: '2019-06-14' }]
    const changes = areaChanges(db, WEST, areaTimeline(db, WEST), [])
    expect(changes).toMatchObject({ meetingId: june.id, previousMeetingDate: '2019-02-22', assignmentsGiven: [] })
    expect(changes?.entries.map((e) => e.excerpt)).toEqual(['Belysningen i Västertorp är åtgärdad.'])
    expect(changes?.assignmentsDone.map((a) => a.id)).toEqual(['ex-assignment-01'])
  })

  it('is null while no meeting has been held', () => {
    const db = tagged()
    db.meetings = db.meetings.filter((m) => m.status !== 'held')
    expect(areaChanges(db, WEST, [], [])).toBeNull()
  })
})
