import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { EXAMPLE_IDS } from '../../../src/main/example'
import type { AssignmentRow, DecisionRow } from '../../../src/shared/contract/assignments'
import type { Assignment } from '../../../src/shared/domain/meetings'
import { expectRefused, meetingsHarness, type MeetingsHarness } from '../meetings/harness'

const NEXT = EXAMPLE_IDS.plannedMeeting
const HELD = EXAMPLE_IDS.heldMeeting
const ITEM = 'ex-item-2019-05-10-4'
let h: MeetingsHarness
afterEach(async () => h?.close())

const add = (input: Record<string, unknown>) => h.call<Assignment>('assignments.add', { meetingId: NEXT, itemId: ITEM, ...input })

describe('assignments', () => {
  it('takes an owner as a contact, an invitee without a register entry, or typed text', async () => {
    h = await meetingsHarness()
    await h.call('meetings.update', { id: NEXT, patch: { invitees: [{ name: 'Gäst Utan Kontakt' }] } })
    const police = await add({ text: 'Ta fram brottsstatistik', owner: { kind: 'text', name: 'Polisen Lpo Skärholmen' }, dueDate: '2019-6-1' })
    const invitee = await add({ text: 'Boka lokal', owner: { kind: 'invitee', key: 'name:gäst utan kontakt' } })
    const contact = await add({ text: 'Kontakta skolan', owner: { kind: 'contact', contactId: 'ex-contact-02' } })
    expect(police).toMatchObject({ ownerContactId: null, ownerName: 'Polisen Lpo Skärholmen', dueDate: '2019-06-01', status: 'open', originMeetingId: NEXT, agendaItemId: ITEM })
    expect(invitee).toMatchObject({ ownerContactId: null, ownerName: 'Gäst Utan Kontakt' })
    expect(contact).toMatchObject({ ownerContactId: 'ex-contact-02', ownerName: '' })
    const updated = await h.call<Assignment>('assignments.update', { id: police.id, patch: { dueDate: null, owner: { kind: 'contact', contactId: 'ex-contact-01' } } })
    expect(updated).toMatchObject({ dueDate: null, ownerContactId: 'ex-contact-01', ownerName: '' })
    await h.call('assignments.remove', { id: invitee.id })
    expect((await h.onDisk()).assignments.map((a) => a.id)).toEqual([EXAMPLE_IDS.assignment, police.id, contact.id])
  })

  it('a report at the next meeting flows back with that meeting, and the list filters and sorts by due date', async () => {
    h = await meetingsHarness()
    const later = await add({ text: 'Senare', dueDate: '2019-09-01', owner: { kind: 'text', name: 'Polisen Lpo Skärholmen' } })
    await add({ text: 'Utan datum' })
    const done = await h.call<Assignment>('assignments.reportFollowUp', { id: EXAMPLE_IDS.assignment, meetingId: NEXT, outcome: 'done', note: 'Lokalen bokad' })
    expect(done.status).toBe('done')
    expect(done.followUps).toEqual([{ meetingId: NEXT, outcome: 'done', note: 'Lokalen bokad', reportedOn: '2019-04-26' }])
    const open = await h.call<AssignmentRow[]>('assignments.list', { status: 'open' })
    expect(open.map((r) => r.assignment.text)).toEqual(['Senare', 'Utan datum'])
    const byOwner = await h.call<AssignmentRow[]>('assignments.list', { owner: 'polisen lpo skärholmen' })
    expect(byOwner.map((r) => r.assignment.id)).toEqual([later.id])
    const held = await h.call<AssignmentRow[]>('assignments.list', { meetingId: HELD })
    expect(held).toEqual([expect.objectContaining({ owner: 'Clas Cederlid', meetingDate: '2019-02-22', overdue: false })])
    const back = await h.call<Assignment>('assignments.reportFollowUp', { id: EXAMPLE_IDS.assignment, meetingId: NEXT, outcome: null })
    expect(back.status).toBe('open')
  })

  it('exports the Uppdrag list and the Beslut list as .xlsx through the save dialog', async () => {
    h = await meetingsHarness()
    h.saveTo.path = join(h.dir, 'uppdrag.xlsx')
    expect(await h.call('assignments.export', {})).toEqual({ status: 'saved', path: h.saveTo.path })
    const { default: ExcelJS } = await import('exceljs')
    const book = new ExcelJS.Workbook()
    await book.xlsx.load((await readFile(h.saveTo.path)) as unknown as ArrayBuffer)
    expect(book.worksheets[0].getRow(1).values).toEqual([undefined, 'Uppdrag', 'Ansvarig', 'Klart senast', 'Status', 'Möte', 'Punkt'])
    expect(book.worksheets[0].getRow(2).getCell(2).value).toBe('Clas Cederlid')
    const decisions = await h.call<DecisionRow[]>('decisions.list', { query: 'BESLUTADE' })
    expect(decisions.length).toBeGreaterThan(0)
    expect(decisions.every((d) => d.meetingDate === '2019-02-22' && d.itemNumber === 4)).toBe(true)
    expect(await h.call<DecisionRow[]>('decisions.list', { query: 'beslutade zzzz' })).toEqual([])
    h.saveTo.path = null
    expect(await h.call('decisions.export', {})).toEqual({ status: 'cancelled' })
  })

  it.each([
    ['assignments.add', { meetingId: NEXT, itemId: ITEM, text: '' }, ['text']],
    ['assignments.add', { meetingId: NEXT, itemId: ITEM, text: 'x', owner: { kind: 'polis' } }, ['owner.kind']],
    ['assignments.add', { meetingId: NEXT, itemId: ITEM, text: 'x', dueDate: '2019-02-30' }, ['dueDate']],
    ['assignments.add', { meetingId: NEXT, itemId: 'ex-item-none-1', text: 'x' }, ['itemId']],
    ['assignments.add', { meetingId: NEXT, itemId: ITEM, text: 'x', owner: { kind: 'invitee', key: 'name:ingen' } }, ['owner.key']],
    ['assignments.update', { id: EXAMPLE_IDS.assignment, patch: { status: 'klart' } }, ['patch.status']],
    ['assignments.reportFollowUp', { id: EXAMPLE_IDS.assignment, meetingId: HELD, outcome: 'done' }, ['meetingId']],
    ['assignments.reportFollowUp', { id: EXAMPLE_IDS.assignment, meetingId: NEXT, outcome: 'klart' }, ['outcome']],
    ['assignments.list', { status: 'overdue' }, ['status']]
  ])('%s refuses %j by field and writes nothing', async (method, input, paths) => {
    h = await meetingsHarness()
    const refused = await expectRefused(h, method, input)
    expect(refused.code).toBe('invalidInput')
    expect(refused.paths).toEqual(paths)
  })
})
