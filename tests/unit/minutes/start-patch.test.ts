import { afterEach, describe, expect, it } from 'vitest'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { EXAMPLE_IDS, exampleDatabase } from '../../../src/main/example'
import type { MinutesView } from '../../../src/shared/contract/minutes'
import type { Meeting } from '../../../src/shared/domain/meetings'
import { paragraph, text } from './rich'
import { expectRefused, meetingsHarness, type MeetingsHarness } from '../meetings/harness'

const M = EXAMPLE_IDS.plannedMeeting
const ITEM = 'ex-item-2019-05-10-3'
let h: MeetingsHarness
afterEach(async () => h?.close())

const notes = (words: string) => ({ type: 'doc', content: [paragraph(text(words))] })

describe('minutes.start', () => {
  it('turns the agenda into sections and the invitees into an unmarked roll-call, in one journal record', async () => {
    h = await meetingsHarness()
    const before = (await h.dataFiles()).split('\n').length
    const view = await h.call<MinutesView>('minutes.start', { meetingId: M, kind: 'protokoll' })
    expect(view.sections.map((s) => [s.number, s.title])).toEqual(exampleDatabase().meetings[1].agenda.map((i, n) => [n + 1, i.title]))
    expect(view.sections.every((s) => s.revision === 0)).toBe(true)
    expect(view.rollCall).toHaveLength(9)
    expect(view.rollCall.every((r) => r.status === 'unmarked' && r.isInvitee)).toBe(true)
    expect(view.meeting.minutes).toMatchObject({ kind: 'protocol', startedAt: h.now.date.toISOString() })
    expect((await h.dataFiles()).split('\n').length).toBe(before + 1)
    const stored = (await h.onDisk()).meetings.find((m) => m.id === M)
    expect(stored?.minutes.kind).toBe('protocol')
  })

  it('refuses a second start, and minutes written before (the 2019-02-22 example), as a conflict, writing nothing', async () => {
    h = await meetingsHarness()
    await h.call('minutes.start', { meetingId: M, kind: 'minnesanteckningar' })
    expect(await expectRefused(h, 'minutes.start', { meetingId: M, kind: 'protokoll' })).toMatchObject({ code: 'conflict', message: expect.stringContaining('redan påbörjade') })
    expect((await expectRefused(h, 'minutes.start', { meetingId: EXAMPLE_IDS.heldMeeting, kind: 'protokoll' })).code).toBe('conflict')
  })

  it('refuses a cancelled meeting', async () => {
    h = await meetingsHarness()
    await h.call('meetings.cancel', { id: M, reason: 'Lokalen är upptagen' })
    expect(await expectRefused(h, 'minutes.start', { meetingId: M, kind: 'minnesanteckningar' })).toMatchObject({ code: 'conflict', message: expect.stringContaining('inställt') })
  })

  it.each([
    [{ meetingId: M, kind: 'beslut' }, ['kind']],
    [{ meetingId: '../x', kind: 'protokoll' }, ['meetingId']],
    [{ meetingId: M, kind: 'protokoll', extra: 1 }, ['(indata)']],
    [null, ['(indata)']]
  ])('refuses %j with field errors and writes nothing', async (input, paths) => {
    h = await meetingsHarness()
    const refused = await expectRefused(h, 'minutes.start', input)
    expect(refused.code).toBe('invalidInput')
    expect(refused.paths).toEqual(paths)
  })
})

describe('minutes.patchItem', () => {
  it('saves one item with its revision, and the next save builds on the new revision', async () => {
    h = await meetingsHarness()
    const first = await h.call<{ revision: number }>('minutes.patchItem', { meetingId: M, itemId: ITEM, baseRevision: 0, notes: notes('Polisen berättar.') })
    expect(first).toEqual({ itemId: ITEM, revision: 1, savedAt: h.now.date.toISOString() })
    await h.call('minutes.patchItem', { meetingId: M, itemId: ITEM, baseRevision: 1, decisions: [{ id: 'decision-walk-1', text: 'Att ta fram en trygghetsvandring' }] })
    const item = (await h.onDisk()).meetings.find((m) => m.id === M)?.agenda.find((i) => i.id === ITEM)
    expect(item).toMatchObject({ revision: 2, notes: notes('Polisen berättar.'), decisions: [{ id: 'decision-walk-1', text: 'Att ta fram en trygghetsvandring', areaIds: [] }] })
  })

  it('rejects a stale revision in Swedish and keeps the newer text', async () => {
    h = await meetingsHarness()
    await h.call('minutes.patchItem', { meetingId: M, itemId: ITEM, baseRevision: 0, notes: notes('Nyare text') })
    const refused = await expectRefused(h, 'minutes.patchItem', { meetingId: M, itemId: ITEM, baseRevision: 0, notes: notes('Äldre text') })
    expect(refused).toMatchObject({ code: 'conflict', message: expect.stringContaining('inget har skrivits över') })
    const item = (await h.onDisk()).meetings.find((m) => m.id === M)?.agenda.find((i) => i.id === ITEM)
    expect(item?.notes).toEqual(notes('Nyare text'))
  })

  it('writes one small journal record: that item, not the meeting', async () => {
    const db = exampleDatabase()
    const meeting = db.meetings.find((m) => m.id === M) as Meeting
    for (const item of meeting.agenda) item.notes = notes('x'.repeat(4000)) as Meeting['agenda'][number]['notes']
    h = await meetingsHarness(db)
    await h.ctx.store.flush()
    const journal = join(h.dir, 'samverkan.journal')
    const before = await readFile(journal, 'utf8').catch(() => '')
    await h.call('minutes.patchItem', { meetingId: M, itemId: ITEM, baseRevision: 0, notes: notes('Kort.') })
    await h.ctx.store.flush()
    const lines = (await readFile(journal, 'utf8')).slice(before.length).trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0].length).toBeLessThan(600)
    expect(lines[0]).not.toContain('xxxx')
  })

  it.each([
    [{ meetingId: M, itemId: ITEM, notes: notes('a') }, ['baseRevision']],
    [{ meetingId: M, itemId: ITEM, baseRevision: -1 }, ['baseRevision']],
    [{ meetingId: M, itemId: ITEM, baseRevision: 0, decisions: [{ id: 'decision-ok-1', text: 'ok' }, { id: 'decision-ok-2', text: '   ' }] }, ['decisions.1.text']],
    [{ meetingId: M, itemId: ITEM, baseRevision: 0, decisions: [{ id: 'decision-ok-1', text: 'a' }, { id: 'decision-ok-1', text: 'b' }] }, ['decisions']],
    [{ meetingId: M, itemId: ITEM, baseRevision: 0, decisions: ['en sträng, som före v6'] }, ['decisions.0']],
    [{ meetingId: M, itemId: ITEM, baseRevision: 0, notes: { type: 'doc', content: [{ type: 'image' }] } }, ['notes.content.0.type']],
    [{ meetingId: M, itemId: ITEM, baseRevision: 0, title: '' }, ['title']]
  ])('refuses %j with field errors and writes nothing', async (input, paths) => {
    h = await meetingsHarness()
    const refused = await expectRefused(h, 'minutes.patchItem', input)
    expect(refused.code).toBe('invalidInput')
    expect(refused.paths).toEqual(paths)
  })

  it('refuses an item not on the agenda by its field', async () => {
    h = await meetingsHarness()
    expect((await expectRefused(h, 'minutes.patchItem', { meetingId: M, itemId: 'ex-item-none-1', baseRevision: 0 })).paths).toEqual(['itemId'])
  })
})
