import { join } from 'node:path'
import { readFile } from 'node:fs/promises'
import ExcelJS from 'exceljs'
import { afterEach, describe, expect, it } from 'vitest'
import { exampleDatabase } from '../../../src/main/example'
import type { Registration } from '../../../src/shared/domain/seminars'
import { computeReach } from '../../../src/shared/seminars/reach'
import type { Reach } from '../../../src/shared/seminars/reach-schema'
import { meetingsHarness, type MeetingsHarness } from '../meetings/harness'
import { reg, seminar } from './build'

const T = '2018-01-01T00:00:00Z'
const organisations = [
  { id: 'org-bageri1', name: 'Bageri Ett AB', kind: 'business' as const },
  { id: 'org-butik2', name: 'Butik Två AB', kind: 'business' as const },
  { id: 'org-forening1', name: 'A1 Förening', kind: 'association' as const },
  { id: 'org-polisen1', name: 'Polisen', kind: 'police' as const }
]
const s1 = seminar({ id: 'seminar-2018', date: '2018-10-04', status: 'held' })
const s2 = seminar({ id: 'seminar-2019', date: '2019-03-28', status: 'held' })
const s3 = seminar({ id: 'seminar-2019-x', date: '2019-05-02', status: 'cancelled' })
const s4 = seminar({ id: 'seminar-2019-o', date: '2019-11-07', status: 'open' })

const at = (seminarId: string, name: string, org: string, orgId: string | null, status: Registration['status'], over: Partial<Registration> = {}) =>
  reg(name, org, 1, status, 0, { seminarId, organisationId: orgId, ...over })

/** Known answers worked out by hand (see the expectations). */
const registrations = [
  at(s1.id, 'r1', 'Bageri Ett AB', 'org-bageri1', 'attended'),
  at(s1.id, 'r2', 'Butik Två AB', 'org-butik2', 'attended'),
  at(s1.id, 'r3', 'A1 Förening', 'org-forening1', 'noShow'),
  at(s1.id, 'r4', 'Okänd AB', null, 'attended'),
  at(s1.id, 'r5', 'Bageri Ett AB', 'org-bageri1', 'attended', { walkIn: true }),
  at(s1.id, 'r6', 'Butik Två AB', 'org-butik2', 'cancelled'),
  at(s1.id, 'r7', 'Kö AB', null, 'waitlisted'),
  at(s2.id, 'r8', 'Bageri Ett AB', 'org-bageri1', 'attended'),
  at(s2.id, 'r9', 'A1 Förening', 'org-forening1', 'attended'),
  at(s2.id, 'r10', 'Polisen', 'org-polisen1', 'noShow'),
  at(s2.id, 'r11', '', null, 'attended', { walkIn: true }),
  at(s2.id, 'r12', 'a1 förening', null, 'attended', { addedToRegister: true }),
  at(s3.id, 'r13', 'Ny AB', null, 'booked', { addedToRegister: true }),
  at(s4.id, 'r14', 'Bageri Ett AB', 'org-bageri1', 'booked')
]

describe('reach per year and in total', () => {
  const reach = computeReach({ seminars: [s4, s2, s1, s3], registrations, organisations })

  it('2018: one held, 4 registrations (walk-in, cancelled and waiting not counted), 4 attended, 1 no-show = 25 %', () => {
    expect(reach.years[0]).toEqual({
      year: 2018, seminarsHeld: 1, registrations: 4, attended: 4, noShows: 1, noShowPercent: 25, walkIns: 1,
      organisations: { business: 2, association: 0, other: 1, total: 3 }, returningOrganisations: 0, newContacts: 0
    })
  })

  it('2019: a typed organisation name counts as its register organisation; new contacts come from every seminar of the year', () => {
    expect(reach.years[1]).toEqual({
      year: 2019, seminarsHeld: 1, registrations: 4, attended: 4, noShows: 1, noShowPercent: 25, walkIns: 1,
      organisations: { business: 1, association: 1, other: 0, total: 2 }, returningOrganisations: 0, newContacts: 2
    })
  })

  it('in total: the bakery came to both held seminars, the association only attended one', () => {
    expect(reach.total).toEqual({
      year: null, seminarsHeld: 2, registrations: 8, attended: 8, noShows: 2, noShowPercent: 25, walkIns: 2,
      organisations: { business: 2, association: 1, other: 1, total: 4 }, returningOrganisations: 1, newContacts: 2
    })
    expect(reach.years.map((y) => y.year)).toEqual([2018, 2019])
  })

  it('no registrations: no percentage rather than a division by zero', () => {
    expect(computeReach({ seminars: [s1], registrations: [], organisations }).total.noShowPercent).toBeNull()
  })
})

let h: MeetingsHarness
afterEach(async () => h?.close())

describe('seminars.reach and its workbook', () => {
  it('answers from the store and writes one row per year and the total', async () => {
    const db = exampleDatabase()
    db.organisations.push(...organisations.map((o) => ({ ...o, createdAt: T, updatedAt: T })))
    db.seminars.push(s1, s2, s3, s4)
    db.registrations.push(...registrations)
    h = await meetingsHarness(db, { at: new Date('2019-12-01T09:00:00Z') })
    const reach = await h.call<Reach>('seminars.reach')
    // The example seminar (2019-03-28) is still open: it adds nothing held.
    expect(reach.total.seminarsHeld).toBe(2)
    h.saveTo.path = join(h.dir, 'r.xlsx')
    await h.call('seminars.exportReach')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load((await readFile(h.saveTo.path)) as unknown as ArrayBuffer)
    const ws = wb.getWorksheet('Räckvidd')!
    const rows = ws.getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1))
    expect(rows.map((r) => r[0])).toEqual(['År', '2018', '2019', 'Totalt'])
    expect(rows[3]).toEqual(['Totalt', '2', '8', '8', '2', '25', '2', '2', '1', '1', '4', '1', '2'])
  })
})
