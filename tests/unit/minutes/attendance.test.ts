import { afterEach, describe, expect, it } from 'vitest'
import { EXAMPLE_IDS } from '../../../src/main/example'
import type { MinutesView } from '../../../src/shared/contract/minutes'
import type { Meeting } from '../../../src/shared/domain/meetings'
import { expectRefused, meetingsHarness, type MeetingsHarness } from '../meetings/harness'

const M = EXAMPLE_IDS.plannedMeeting
const ABIT = 'contact:ex-contact-01'
const ANDERS = 'contact:ex-contact-02'
let h: MeetingsHarness
afterEach(async () => h?.close())

const rows = async () => (await h.call<MinutesView>('minutes.get', { meetingId: M })).rollCall

describe('minutes.setAttendance and the roll-call', () => {
  it('"Alla närvarande", then the few who were not: excused, partial from item 3 with a note', async () => {
    h = await meetingsHarness()
    await h.call('minutes.setAttendance', { meetingId: M, key: ANDERS, status: 'excused' })
    await h.call('minutes.markAllPresent', { meetingId: M })
    await h.call('minutes.setAttendance', { meetingId: M, key: ABIT, fromItemId: 'ex-item-2019-05-10-3', note: 'kom senare' })
    const rc = await rows()
    expect(rc.filter((r) => r.status === 'present')).toHaveLength(8)
    expect(rc.find((r) => r.key === ANDERS)?.status).toBe('excused')
    expect(rc.find((r) => r.key === ABIT)?.record).toMatchObject({ status: 'present', fromItemId: 'ex-item-2019-05-10-3', note: 'kom senare' })
    await h.call('minutes.setAttendance', { meetingId: M, key: ABIT, fromItemId: null })
    expect((await h.onDisk()).meetings.find((m) => m.id === M)?.attendance.find((a) => a.contactId === 'ex-contact-01')?.fromItemId).toBeUndefined()
  })

  it('adds a guest from the register (name and title from it) and one typed, and a substitute for an invitee', async () => {
    h = await meetingsHarness()
    await h.call('minutes.addGuest', { meetingId: M, person: { name: 'Eva Polis', role: 'Lpo Skärholmen' } })
    const m = await h.call<Meeting>('minutes.addSubstitute', { meetingId: M, forKey: ANDERS, person: { name: 'Per Ersättare' } })
    expect(m.attendance).toEqual([
      expect.objectContaining({ name: 'Eva Polis', role: 'Lpo Skärholmen', status: 'guest', contactId: null }),
      expect.objectContaining({ contactId: 'ex-contact-02', status: 'excused' }),
      expect.objectContaining({ name: 'Per Ersättare', status: 'present', substituteFor: 'Anders Carstorp' })
    ])
    const db = await h.onDisk()
    const contact = db.contacts.find((c) => !db.meetings[1].invitees.some((i) => i.contactId === c.id)) ?? db.contacts[0]
    const withGuest = await h.call<Meeting>('minutes.addGuest', { meetingId: M, person: { contactId: contact.id } })
    expect(withGuest.attendance.at(-1)).toMatchObject({ contactId: contact.id, name: contact.name, role: contact.title })
  })

  it.each([
    ['minutes.setAttendance', { meetingId: M, key: ABIT, status: 'sjuk' }, 'invalidInput', ['status']],
    ['minutes.setAttendance', { meetingId: M, key: 'name:okänd person', status: 'present' }, 'invalidInput', ['key']],
    ['minutes.setAttendance', { meetingId: M, key: ABIT, untilItemId: 'ex-item-none-99' }, 'invalidInput', ['untilItemId']],
    ['minutes.addGuest', { meetingId: M, person: { name: '  ' } }, 'invalidInput', ['person.name']],
    ['minutes.addGuest', { meetingId: M, person: { contactId: 'ex-contact-none' } }, 'invalidInput', ['person.contactId']],
    ['minutes.addSubstitute', { meetingId: M, forKey: 'name:ingen', person: { name: 'Per' } }, 'invalidInput', ['forKey']],
    ['minutes.markAllPresent', { meetingId: M, all: true }, 'invalidInput', ['(indata)']]
  ])('%s refuses %j by field and writes nothing', async (method, input, code, paths) => {
    h = await meetingsHarness()
    const refused = await expectRefused(h, method, input)
    expect(refused.code).toBe(code)
    expect(refused.paths).toEqual(paths)
  })
})

describe('items during the meeting', () => {
  it('adds one before Övriga frågor, moves and removes; partial attendance follows the item', async () => {
    h = await meetingsHarness()
    const added = await h.call<Meeting>('minutes.addItem', { meetingId: M, title: 'Trygghetsvandring' })
    expect(added.agenda.at(-2)?.title).toBe('Trygghetsvandring')
    await h.call('minutes.setAttendance', { meetingId: M, key: ABIT, status: 'present', untilItemId: 'ex-item-2019-05-10-4' })
    const moved = await h.call<Meeting>('minutes.moveItem', { meetingId: M, itemId: 'ex-item-2019-05-10-4', index: 0 })
    expect(moved.agenda[0].id).toBe('ex-item-2019-05-10-4')
    const removed = await h.call<Meeting>('minutes.removeItem', { meetingId: M, itemId: 'ex-item-2019-05-10-4' })
    expect(removed.agenda.some((i) => i.id === 'ex-item-2019-05-10-4')).toBe(false)
    expect(removed.attendance[0].untilItemId).toBeUndefined()
    expect((await expectRefused(h, 'minutes.removeItem', { meetingId: M, itemId: 'ex-item-2019-05-10-4' })).paths).toEqual(['itemId'])
  })
})
