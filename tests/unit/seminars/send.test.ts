import { readFile } from 'node:fs/promises'
import ICAL from 'ical.js'
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser'
import { afterEach, describe, expect, it } from 'vitest'
import { EXAMPLE_IDS } from '../../../src/main/example'
import type { SeminarDetail, SeminarDraftFile } from '../../../src/shared/seminars/results'
import { unzipDocx, documentText } from '../../support/docx'
import { expectRefused, meetingsHarness, type MeetingsHarness } from '../meetings/harness'

let h: MeetingsHarness
afterEach(async () => h?.close())

const SEMINAR = EXAMPLE_IDS.seminar
const AT = new Date('2019-03-01T09:00:00Z')

const addresses = (field: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((a) => a.value.map((v) => v.address))
const mailAt = async (path: string): Promise<ParsedMail> => simpleParser(await readFile(path))

function calendarOf(mail: ParsedMail) {
  const ics = mail.attachments.find((a) => a.filename?.endsWith('.ics'))
  if (!ics) return null
  const calendar = ICAL.Component.fromString(ics.content.toString('utf8'))
  return { calendar, event: calendar.getFirstSubcomponent('vevent')! }
}

describe('the invitation draft', () => {
  it('reaches the Näringsliv group in Bcc only, attaches the inbjudan and a PUBLISH .ics without attendees', async () => {
    h = await meetingsHarness(undefined, { at: AT })
    const recipients = await h.call<{ count: number; missing: string[]; text: string }>('seminars.invitationRecipients', { id: SEMINAR })
    const { draft, seminar } = await h.call<{ draft: SeminarDraftFile; seminar: { invitationSentAt: string } }>('seminars.sendInvitation', { id: SEMINAR })
    expect(draft).toMatchObject({ opened: true, fileName: 'inbjudan-frukostseminarium-2019-03-28.eml', recipientCount: recipients.count, withoutAddress: recipients.missing })
    expect(h.opened).toEqual([draft.path])
    expect(seminar.invitationSentAt).toBe(AT.toISOString())
    const mail = await mailAt(draft.path)
    expect(mail.headers.get('x-unsent')).toBe('1')
    expect(mail.to).toBeUndefined()
    const bcc = addresses(mail.bcc)
    expect(bcc.length).toBeGreaterThan(0)
    expect(bcc.join('; ')).toBe(recipients.text)
    expect(mail.subject).toBe('Inbjudan till frukostseminarium: Trygg handel i Liljeholmen')
    expect(mail.text).toContain('Plats: Hägersten-Liljeholmens SDF, Telefonvägen 30, plan 9')
    const files = mail.attachments.flatMap((a) => (a.filename ? [a.filename] : [])).sort()
    expect(files).toEqual(['inbjudan-frukostseminarium-2019-03-28.docx', 'inbjudan-frukostseminarium-2019-03-28.ics'])
    const docx = mail.attachments.find((a) => a.filename?.endsWith('.docx'))!
    expect(documentText(await unzipDocx(new Uint8Array(docx.content)))).toContain('Inbjudan till frukostseminarium')
    const { calendar, event } = calendarOf(mail)!
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH')
    expect(event.getAllProperties('attendee')).toHaveLength(0)
    expect(event.getFirstPropertyValue('uid')).toBe(`${SEMINAR}@samverkan.example.org`)
    const start = event.getFirstPropertyValue('dtstart') as ICAL.Time
    expect([start.toString(), event.getFirstProperty('dtstart')!.getParameter('tzid')]).toEqual(['2019-03-28T07:30:00', 'Europe/Stockholm'])
    expect(String(event.getFirstPropertyValue('description'))).toContain('07.50 Välkommen')
  })

  it('"Kopiera e-postadresser" puts the same addresses, semicolon separated, on the clipboard', async () => {
    h = await meetingsHarness(undefined, { at: AT })
    const copied = await h.call<{ text: string; count: number }>('seminars.copyEmails', { id: SEMINAR })
    expect(h.clipboard).toEqual([copied.text])
    expect(copied.text.split('; ')).toHaveLength(copied.count)
  })

  it('names the invitees without an address before sending', async () => {
    h = await meetingsHarness(undefined, { at: AT })
    await h.ctx.store.update((db) => {
      const group = db.groups.find((g) => g.kind === 'business')!
      const contact = db.contacts.find((c) => c.groupIds.includes(group.id))!
      contact.email = ''
    })
    const r = await h.call<{ missing: string[] }>('seminars.invitationRecipients', { id: SEMINAR })
    expect(r.missing).toHaveLength(1)
  })
})

describe('one person\'s mail', () => {
  it('confirmation of a booked seat carries the .ics; a waiting-list one says the position and has none', async () => {
    h = await meetingsHarness(undefined, { at: AT })
    const { registrations } = await h.call<SeminarDetail>('seminars.get', { id: SEMINAR })
    const maria = registrations.find((r) => r.name === 'Maria Lindqvist')!
    const booked = await mailAt((await h.call<SeminarDraftFile>('seminars.sendConfirmation', { id: maria.id })).path)
    expect(addresses(booked.to)).toEqual([maria.email])
    expect(booked.subject).toBe('Bekräftelse av anmälan: Trygg handel i Liljeholmen')
    expect(booked.text).toContain('Antal platser: 2.')
    expect(booked.text).toContain('Specialkost: Glutenfri.')
    expect(calendarOf(booked)?.calendar.getFirstPropertyValue('method')).toBe('PUBLISH')
    const mikael = registrations.find((r) => r.name === 'Mikael Strand')!
    const waiting = await mailAt((await h.call<SeminarDraftFile>('seminars.sendConfirmation', { id: mikael.id })).path)
    expect(waiting.text).toContain('reservlistan som nummer 2')
    expect(calendarOf(waiting)).toBeNull()
  })

  it('promotion writes "Du har fått en plats" with the .ics', async () => {
    h = await meetingsHarness(undefined, { at: AT })
    const { registrations } = await h.call<SeminarDetail>('seminars.get', { id: SEMINAR })
    await h.call('seminars.cancelRegistration', { id: registrations.find((r) => r.name === 'Omar Haddad')!.id })
    const anna = registrations.find((r) => r.name === 'Anna Fors')!
    const { draft } = await h.call<{ draft: SeminarDraftFile }>('seminars.promote', { id: anna.id })
    const mail = await mailAt(draft.path)
    expect(mail.subject).toBe('Du har fått en plats: Trygg handel i Liljeholmen')
    expect(addresses(mail.to)).toEqual([anna.email])
    expect(mail.text).toContain('En plats har blivit ledig')
    expect(calendarOf(mail)).not.toBeNull()
  })

  it('no address, or no sender in Inställningar: refused in words she can act on, nothing written', async () => {
    h = await meetingsHarness(undefined, { at: AT })
    const { registrations } = await h.call<SeminarDetail>('seminars.get', { id: SEMINAR })
    const maria = registrations.find((r) => r.name === 'Maria Lindqvist')!
    await h.call('seminars.updateRegistration', { id: maria.id, patch: { email: '' } })
    expect(await expectRefused(h, 'seminars.sendConfirmation', { id: maria.id })).toMatchObject({ code: 'conflict', message: 'Anmälan har ingen e-postadress.' })
    await h.ctx.store.update((db) => {
      db.settings.coordinator.email = ''
    })
    expect(await expectRefused(h, 'seminars.sendInvitation', { id: SEMINAR })).toMatchObject({ code: 'conflict', message: expect.stringContaining('Inställningar') })
  })
})
