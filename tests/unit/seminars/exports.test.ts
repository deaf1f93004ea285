import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterEach, describe, expect, it } from 'vitest'
import { EXAMPLE_IDS } from '../../../src/main/example'
import type { SeminarDetail } from '../../../src/shared/seminars/results'
import { documentText, unzipDocx } from '../../support/docx'
import { meetingsHarness, type MeetingsHarness } from '../meetings/harness'

let h: MeetingsHarness
afterEach(async () => h?.close())

const SEMINAR = EXAMPLE_IDS.seminar
const AT = new Date('2019-03-01T09:00:00Z')

async function workbookAt(path: string) {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load((await readFile(path)) as unknown as ArrayBuffer)
  return wb
}
const rowsOf = (ws: ExcelJS.Worksheet) => ws.getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1))

describe('the registrations workbook', () => {
  it('has Anmälda, Reservlista and Avbokade with the columns, frozen headers, widths and Stockholm times', async () => {
    h = await meetingsHarness(undefined, { at: AT })
    h.saveTo.path = join(h.dir, 'anmalningar.xlsx')
    const result = await h.call<{ status: string; count: number }>('seminars.exportRegistrations', { id: SEMINAR })
    expect(result).toEqual({ status: 'saved', path: h.saveTo.path, count: 8 })
    const wb = await workbookAt(h.saveTo.path)
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Anmälda', 'Reservlista', 'Avbokade'])
    const [booked, waiting, cancelled] = wb.worksheets
    for (const ws of wb.worksheets) {
      expect(rowsOf(ws)[0]).toEqual(['Namn', 'Organisation', 'E-post', 'Platser', 'Specialkost', 'Status', 'Anmäld', 'Ändrad'])
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
      expect(ws.getColumn(1).width).toBeGreaterThan(8)
    }
    // Registration order; 2019-02-25T10:00Z is 11:00 in Stockholm.
    expect(rowsOf(booked)[1]).toEqual(['Maria Lindqvist', 'Liljeholmens Bageri AB', 'maria.lindqvist@example.org', '2', 'Glutenfri', 'Anmäld', '2019-02-25 11:00', '2019-02-25 11:00'])
    expect(rowsOf(booked)).toHaveLength(6)
    expect(rowsOf(waiting).slice(1).map((r) => r[0])).toEqual(['Anna Fors', 'Mikael Strand'])
    expect(rowsOf(cancelled).slice(1).map((r) => [r[0], r[5], r[7]])).toEqual([['Peter Holm', 'Avbokad', '2019-02-26 10:00']])
  })

  it('keeps a formula-like name as text: nothing runs when Excel opens it', async () => {
    h = await meetingsHarness(undefined, { at: AT })
    await h.call('seminars.addRegistration', { seminarId: SEMINAR, name: '=HYPERLINK("http://x","klick")', organisation: '+Org' })
    h.saveTo.path = join(h.dir, 'a.xlsx')
    await h.call('seminars.exportRegistrations', { id: SEMINAR })
    const waiting = (await workbookAt(h.saveTo.path)).getWorksheet('Reservlista')!
    const cell = waiting.getCell('A4')
    expect(cell.type).toBe(ExcelJS.ValueType.String)
    expect(cell.value).toBe('=HYPERLINK("http://x","klick")')
    expect(waiting.getCell('B4').formula).toBeUndefined()
  })

  it('a closed dialog writes nothing and says cancelled', async () => {
    h = await meetingsHarness(undefined, { at: AT })
    expect(await h.call('seminars.exportRegistrations', { id: SEMINAR })).toEqual({ status: 'cancelled' })
  })
})

describe('Word files through the one save path', () => {
  it('saves the deltagarlista, the inbjudan and köket; the preview has the same document', async () => {
    h = await meetingsHarness(undefined, { at: AT })
    for (const [method, name, text] of [
      ['seminars.saveParticipants', 'd.docx', 'Deltagarlista: Trygg handel i Liljeholmen'],
      ['seminars.saveInvitation', 'i.docx', 'Inbjudan till frukostseminarium'],
      ['seminars.saveKitchen', 'k.docx', 'Till köket: Trygg handel i Liljeholmen']
    ] as const) {
      h.saveTo.path = join(h.dir, name)
      expect(await h.call(method, { id: SEMINAR })).toEqual({ status: 'saved', path: h.saveTo.path })
      expect(documentText(await unzipDocx(await readFile(h.saveTo.path)))).toContain(text)
    }
    const preview = await h.call<{ fileName: string; base64: string }>('seminars.previewParticipants', { id: SEMINAR })
    expect(preview.fileName).toBe('deltagarlista-frukostseminarium-2019-03-28.docx')
    expect(documentText(await unzipDocx(Buffer.from(preview.base64, 'base64')))).toContain('Mikael Strand')
    expect((await h.call<{ fileName: string }>('seminars.previewInvitation', { id: SEMINAR })).fileName).toBe('inbjudan-frukostseminarium-2019-03-28.docx')
  })

  it('saves the .ics alone', async () => {
    h = await meetingsHarness(undefined, { at: AT })
    h.saveTo.path = join(h.dir, 's.ics')
    await h.call('seminars.saveIcs', { id: SEMINAR })
    const text = await readFile(h.saveTo.path, 'utf8')
    expect(text).toContain('METHOD:PUBLISH')
    expect(text).not.toContain('ATTENDEE')
  })

  it('köket on screen matches the document, and is empty of needs once retention erased them', async () => {
    h = await meetingsHarness(undefined, { at: AT })
    expect(await h.call('seminars.kitchen', { id: SEMINAR })).toMatchObject({ totalSeats: 8, plainSeats: 3 })
    await h.close()
    h = await meetingsHarness(undefined, { at: new Date('2019-04-26T08:00:00Z') })
    const erased = await h.call<{ diets: unknown[]; erasedAt: string | null; totalSeats: number }>('seminars.kitchen', { id: SEMINAR })
    expect(erased).toMatchObject({ diets: [], totalSeats: 8 })
    expect(erased.erasedAt).not.toBeNull()
    const detail = await h.call<SeminarDetail>('seminars.get', { id: SEMINAR })
    expect(detail.registrations.every((r) => r.dietaryNeeds === '')).toBe(true)
  })
})
