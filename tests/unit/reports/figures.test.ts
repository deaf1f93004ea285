import { describe, expect, it } from 'vitest'
import { exampleDatabase } from '../../../src/main/example'
import { yearFigures } from '../../../src/shared/reports/figures'
import { NO_ORGANISATION } from '../../../src/shared/reports/meetings'
import { computeReach } from '../../../src/shared/seminars/reach'
import { FIXTURE_YEAR, fixtureDatabase, fixtureId as id } from './fixture-year'

describe('the year figures on the fixture year 2021', () => {
  const f = yearFigures(fixtureDatabase(), FIXTURE_YEAR)

  it('counts the four held meetings of the year, oldest first, and how many were there at each', () => {
    expect(f.meetings.map((m) => [m.date, m.attended])).toEqual([
      ['2021-02-12', 4],
      ['2021-05-07', 3],
      ['2021-09-17', 3],
      ['2021-11-26', 2]
    ])
  })

  it('counts attendance per organisation and meeting: invitation snapshot, then the register, else Övriga last', () => {
    expect(f.attendance).toEqual([
      { organisation: 'Mälarhöjdens skola', perMeeting: [1, 0, 1, 1], total: 3 },
      { organisation: 'Polisen Lpo Skärholmen', perMeeting: [2, 1, 2, 1], total: 6 },
      { organisation: NO_ORGANISATION, perMeeting: [1, 2, 0, 0], total: 3 }
    ])
  })

  it('lists the decisions of the held meetings with their date and item number', () => {
    expect(f.decisions.map((d) => [d.meetingDate, d.itemNumber, d.text])).toEqual([
      ['2021-02-12', 2, 'Trygghetsvandring i Västertorp genomförs i april.'],
      ['2021-09-17', 1, 'Polisen och skolan tar fram en gemensam lägesbild för Liljeholmen.']
    ])
  })

  it('counts the assignments given at the year’s meetings and how many are done', () => {
    expect(f.assignments).toEqual({ given: 3, byStatus: { open: 1, done: 2, cancelled: 0 } })
  })

  it('lists the held seminars with the reach Seminarier computes for each', () => {
    expect(f.seminars.map((s) => [s.date, s.reach.registrations, s.reach.attended, s.reach.noShows, s.reach.organisations.total])).toEqual([
      ['2021-03-25', 4, 3, 1, 2],
      ['2021-10-14', 2, 2, 1, 2]
    ])
    expect(f.reach).toMatchObject({ seminarsHeld: 2, registrations: 6, attended: 5, noShows: 2, walkIns: 1, returningOrganisations: 1, newContacts: 1 })
    expect(f.reach.organisations).toEqual({ business: 1, association: 1, other: 1, total: 3 })
    expect(f.reach).toEqual(computeReach(fixtureDatabase()).years.find((y) => y.year === FIXTURE_YEAR))
  })

  it('lists the areas active in the year with the insatser begun by its end, owners by name', () => {
    expect(f.areas.map((a) => [a.name, a.actions.map((x) => [x.title, x.owner, x.status])])).toEqual([
      ['Ungdomar', [['Kvällsöppet på fritidsgården', 'Fritidsgården Axelsberg', 'ongoing']]],
      ['Västertorp', [['Trygghetsvandring i Västertorp', 'Olle Olsson', 'done']]]
    ])
  })

  it('takes each area’s observations of the year from the Lägesbild timeline, oldest meeting first, in agenda order', () => {
    const of = (key: string) => f.areas.find((a) => a.areaId === id(key))?.observations.map((o) => [o.meetingDate, o.text])
    expect(of('vastertorp')).toEqual([
      ['2021-02-12', 'Polisen rapporterar fler personrån vid Västertorps torg.'],
      ['2021-02-12', 'Beslut: Trygghetsvandring i Västertorp genomförs i april.']
    ])
    expect(of('ungdomar')).toEqual([['2021-09-17', 'Fritidsgården ser fler unga på kvällarna.']])
    const v2020 = yearFigures(fixtureDatabase(), 2020).areas.find((a) => a.areaId === id('vastertorp'))
    expect(v2020?.observations.map((o) => o.text)).toEqual(['Beslut: Västertorp följs upp nästa år.'])
  })

  it('leaves an area out once it was closed before the year began, and keeps it in its own years', () => {
    expect(yearFigures(fixtureDatabase(), 2020).areas.map((a) => a.areaId)).toContain(id('tiggeri'))
    expect(f.areas.map((a) => a.areaId)).not.toContain(id('tiggeri'))
  })
})

describe('the year figures on the example data', () => {
  it('has the one held meeting of 2019 with its guest, its decision, its open assignment and no held seminar yet', () => {
    const f = yearFigures(exampleDatabase(), 2019)
    expect(f.meetings.map((m) => [m.date, m.attended])).toEqual([['2019-02-22', 1]])
    expect(f.decisions).toHaveLength(1)
    expect(f.assignments).toEqual({ given: 1, byStatus: { open: 1, done: 0, cancelled: 0 } })
    expect(f.seminars).toEqual([])
    expect(f.reach.seminarsHeld).toBe(0)
  })

  it('is empty for a year with nothing recorded', () => {
    const f = yearFigures(exampleDatabase(), 2030)
    expect([f.meetings, f.attendance, f.decisions, f.seminars]).toEqual([[], [], [], []])
    expect(f.assignments.given).toBe(0)
  })
})
