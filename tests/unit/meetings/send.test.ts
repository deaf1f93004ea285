import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import ICAL from 'ical.js'
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser'
import { afterEach, describe, expect, it } from 'vitest'
import { EXAMPLE_IDS, exampleDatabase } from '../../../src/main/example'
import type { SentDraft } from '../../../src/shared/contract/meetings'
import type { Meeting } from '../../../src/shared/domain/meetings'
import { cancellationPending, changePending } from '../../../src/shared/meetings/kallelse-state'
import { expectRefused, meetingsHarness, type MeetingsHarness } from './harness'

let h: MeetingsHarness
afterEach(async () => h?.close())

const PLANNED = EXAMPLE_IDS.plannedMeeting
const SUBJECT = 'Kallelse till lokala BRÅ Hägersten-Liljeholmen fredagen den 10 maj 2019'

const send = (kind: string, extra: object = {}) => h.call<SentDraft>('meetings.sendKallelse', { id: PLANNED, kind, ...extra })

async function mailAt(path: string): Promise<ParsedMail> {
  return simpleParser(await readFile(path))
}

/** Files attached; mailparser also lists the text/calendar alternative (Accept/Decline), which has no name. */
const attachedFiles = (mail: ParsedMail) => mail.attachments.flatMap((a) => (a.filename ? [a.filename] : [])).sort()
const calendarPart = (mail: ParsedMail) => mail.attachments.find((a) => !a.filename && a.contentType === 'text/calendar')

const addresses = (field: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((a) => a.value.map((v) => v.address))

function eventIn(mail: ParsedMail) {
  const ics = mail.attachments.find((a) => a.filename?.endsWith('.ics'))
  if (!ics) throw new Error('no .ics attached')
  const calendar = ICAL.Component.fromString(ics.content.toString('utf8'))
  const event = calendar.getFirstSubcomponent('vevent')!
  return { method: calendar.getFirstPropertyValue('method'), event, sequence: event.getFirstPropertyValue('sequence'), uid: event.getFirstPropertyValue('uid') }
}

describe('meetings.sendKallelse: the kallelse', () => {
  it('writes one draft into the data folder, opens it, and logs it with SEQUENCE 0', async () => {
    h = await meetingsHarness()
    const sent = await send('kallelse')
    expect(sent.path).toBe(join(h.dir, 'utkast', 'kallelse-lokala-bra-2019-05-10.eml'))
    expect(h.opened).toEqual([sent.path])
    expect(sent).toMatchObject({ opened: true, sequence: 0, recipientCount: 9, withoutAddress: [] })
    expect(sent.meeting.kallelseLog).toEqual([
      { kind: 'kallelse', at: '2019-04-26T08:00:00.000Z', sequence: 0, recipientMode: 'to', sent: { date: '2019-05-10', startTime: '09:00', endTime: '11:00', place: sent.meeting.place } }
    ])
    const mail = await mailAt(sent.path)
    expect(mail.headers.get('x-unsent')).toBe('1')
    expect(mail.subject).toBe(SUBJECT)
    expect(addresses(mail.from)).toEqual(['stina.pernilla.lundmark@stockholm.se'])
    expect(addresses(mail.to)).toHaveLength(9)
    expect(attachedFiles(mail)).toEqual(['kallelse-lokala-bra-2019-05-10.docx', 'kallelse-lokala-bra-2019-05-10.ics'])
    expect(calendarPart(mail)?.content.toString('utf8')).toContain('METHOD:REQUEST')
    expect(mail.attachments.find((a) => a.filename?.endsWith('.docx'))?.content.subarray(0, 2).toString()).toBe('PK')
    const { method, sequence, uid } = eventIn(mail)
    expect([method, sequence, uid]).toEqual(['REQUEST', 0, `${PLANNED}@samverkan.example.org`])
    // The draft stays on disk with the log, as the next start reads them.
    expect((await h.onDisk()).meetings.find((m) => m.id === PLANNED)?.kallelseLog).toEqual(sent.meeting.kallelseLog)
    expect((await h.call<{ id: string; kallelseSentAt: string | null }[]>('meetings.list')).find((m) => m.id === PLANNED)?.kallelseSentAt).toBe('2019-04-26T08:00:00.000Z')
  })

  it('hides the addresses in Bcc when she chooses, and names who has none', async () => {
    const db = exampleDatabase()
    const planned = db.meetings.find((m) => m.id === PLANNED)!
    planned.invitees.push({ contactId: null, name: 'Gäst Utan Adress', role: '', organisation: '', email: '' })
    h = await meetingsHarness(db)
    const sent = await send('kallelse', { recipientMode: 'bcc' })
    expect(sent.withoutAddress).toEqual(['Gäst Utan Adress'])
    const mail = await mailAt(sent.path)
    expect(addresses(mail.to)).toEqual([])
    expect(addresses(mail.bcc)).toHaveLength(9)
    expect(sent.meeting.kallelseLog[0].recipientMode).toBe('bcc')
  })

  it('a second kallelse is a new draft file, never over the first, with SEQUENCE raised', async () => {
    h = await meetingsHarness()
    const first = await send('kallelse')
    const second = await send('kallelse')
    expect(second.path).toBe(join(h.dir, 'utkast', 'kallelse-lokala-bra-2019-05-10-2.eml'))
    expect(second.sequence).toBe(1)
    expect(eventIn(await mailAt(first.path)).sequence).toBe(0)
  })

  it('still logs the draft when the mail program cannot be opened, and says so', async () => {
    h = await meetingsHarness(undefined, { openFails: true })
    const sent = await send('kallelse')
    expect(sent.opened).toBe(false)
    expect(sent.meeting.kallelseLog).toHaveLength(1)
    expect(await h.call('files.showInFolder', { path: sent.path })).toBeNull()
  })
})

describe('mail drafts and erasure', () => {
  it('erasing a person removes the drafts addressed to her; the others stay', async () => {
    const db = exampleDatabase()
    h = await meetingsHarness(db)
    const toAll = await send('kallelse')
    const abit = db.contacts.find((c) => c.name === 'Abit Dundar')!
    await h.call('meetings.update', { id: PLANNED, patch: { invitees: (await h.call<Meeting>('meetings.get', { id: PLANNED })).invitees.filter((i) => i.contactId !== abit.id) } })
    const withoutHim = await send('kallelse')
    await h.call('contacts.erase', { id: abit.id })
    expect(await readdir(join(h.dir, 'utkast'))).toEqual([withoutHim.fileName])
    expect(toAll.fileName).not.toBe(withoutHim.fileName)
  })
})

describe('Skicka ändring and Skicka inställt', () => {
  it('a changed time after sending offers a change: same UID, SEQUENCE 1, subject "Ändrad tid:"', async () => {
    h = await meetingsHarness()
    await send('kallelse')
    const changed = await h.call<Meeting>('meetings.update', { id: PLANNED, patch: { startTime: '10', endTime: '12' } })
    expect(changePending(changed)).toBe(true)
    const sent = await send('change')
    expect(sent.path).toBe(join(h.dir, 'utkast', 'kallelse-lokala-bra-2019-05-10-andring.eml'))
    const mail = await mailAt(sent.path)
    expect(mail.subject).toBe(`Ändrad tid: ${SUBJECT}`)
    const { method, sequence, uid, event } = eventIn(mail)
    expect([method, sequence, uid]).toEqual(['REQUEST', 1, `${PLANNED}@samverkan.example.org`])
    expect(event.getFirstPropertyValue('dtstart')?.toString()).toBe('2019-05-10T10:00:00')
    expect(sent.meeting.calendarSequence).toBe(1)
    expect(sent.meeting.kallelseLog.map((e) => [e.kind, e.sequence, e.sent.startTime])).toEqual([['kallelse', 0, '09:00'], ['change', 1, '10:00']])
    expect(changePending(sent.meeting)).toBe(false)
  })

  it('cancelling after sending offers "Skicka inställt": METHOD:CANCEL, STATUS:CANCELLED, SEQUENCE raised, no Word file', async () => {
    h = await meetingsHarness()
    await send('kallelse')
    const cancelled = await h.call<Meeting>('meetings.cancel', { id: PLANNED, reason: 'Lokalen är upptagen' })
    expect(cancellationPending(cancelled)).toBe(true)
    const sent = await send('cancellation')
    const mail = await mailAt(sent.path)
    expect(mail.subject).toBe(`Inställt: ${SUBJECT}`)
    expect(mail.text).toContain('Lokalen är upptagen')
    expect(attachedFiles(mail)).toEqual(['kallelse-lokala-bra-2019-05-10.ics'])
    expect(calendarPart(mail)?.content.toString('utf8')).toContain('METHOD:CANCEL')
    const { method, sequence, event } = eventIn(mail)
    expect([method, sequence, event.getFirstPropertyValue('status')]).toEqual(['CANCEL', 1, 'CANCELLED'])
    expect(cancellationPending(sent.meeting)).toBe(false)
    expect(sent.meeting.kallelseLog.at(-1)).toMatchObject({ kind: 'cancellation', sequence: 1 })
  })

  it('refuses what cannot be sent yet, writing neither the data file nor a draft', async () => {
    h = await meetingsHarness()
    expect((await expectRefused(h, 'meetings.sendKallelse', { id: PLANNED, kind: 'change' })).message).toMatch(/inte skickats/)
    expect((await expectRefused(h, 'meetings.sendKallelse', { id: PLANNED, kind: 'cancellation' })).code).toBe('conflict')
    expect(await expectRefused(h, 'meetings.sendKallelse', { id: PLANNED, kind: 'inbjudan' })).toMatchObject({ code: 'invalidInput', paths: ['kind'] })
    expect(await expectRefused(h, 'meetings.sendKallelse', { id: PLANNED, kind: 'kallelse', recipientMode: 'cc' })).toMatchObject({ paths: ['recipientMode'] })
    expect(await expectRefused(h, 'meetings.sendKallelse', { id: 'ingen-sadan-id', kind: 'kallelse' })).toMatchObject({ code: 'notFound' })
    await h.call('meetings.cancel', { id: PLANNED, reason: 'Sjukdom' })
    expect((await expectRefused(h, 'meetings.sendKallelse', { id: PLANNED, kind: 'kallelse' })).message).toMatch(/inställt/)
    expect(await readdir(join(h.dir, 'utkast')).catch(() => [])).toEqual([])
    expect(h.opened).toEqual([])
  })

  it('refuses to send before her own address is in the meeting\'s sender: she is From and ORGANIZER', async () => {
    const db = exampleDatabase()
    db.settings.coordinator.email = ''
    // The planned meeting took the address when it was created: it has none either.
    db.meetings.find((m) => m.id === PLANNED)!.senderSnapshot!.coordinator.email = ''
    h = await meetingsHarness(db)
    // The fix is in this meeting's own sender snapshot, so that is where she is sent.
    expect((await expectRefused(h, 'meetings.sendKallelse', { id: PLANNED, kind: 'kallelse' })).message).toMatch(/i mötets Avsändare och kontaktruta/)
  })
})

describe('who sends a cancellation', () => {
  it('is the coordinator the meeting kept when it was cancelled, in From and ORGANIZER alike', async () => {
    h = await meetingsHarness()
    await send('kallelse')
    await h.call('meetings.cancel', { id: PLANNED, reason: 'Sjukdom' })
    await h.call('settings.update', { coordinator: { name: 'Ny Samordnare', email: 'ny@example.org' } })
    const mail = await mailAt((await send('cancellation')).path)
    expect(addresses(mail.from)).toEqual(['stina.pernilla.lundmark@stockholm.se'])
    expect(eventIn(mail).event.getFirstPropertyValue('organizer')).toBe('mailto:stina.pernilla.lundmark@stockholm.se')
  })
})

describe('two sends at once (a double click)', () => {
  it('make two drafts one after the other, each with its own SEQUENCE', async () => {
    h = await meetingsHarness()
    const [a, b] = await Promise.all([send('kallelse'), send('kallelse')])
    expect([a.sequence, b.sequence]).toEqual([0, 1])
    expect(b.meeting.kallelseLog.map((e) => e.sequence)).toEqual([0, 1])
  })
})
