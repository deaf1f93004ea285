import { simpleParser, type AddressObject } from 'mailparser'
import { describe, expect, it } from 'vitest'
import { meetingInvitation } from '../../../src/main/calendar/meeting-event'
import { kallelseContent } from '../../../src/main/documents/kallelse'
import { buildKallelseEml, kallelseMailDraft, kallelseSubject, type KallelseMailInput } from '../../../src/main/mail/kallelse-mail'
import { examplePlanned, fullKallelse } from '../documents/kallelse-fixtures'

const date = new Date('2019-04-26T08:00:00Z')
const docx = new Uint8Array([0x50, 0x4b, 3, 4, 0xc3, 0xa5, 0xff, 0])

function input(change: Partial<KallelseMailInput> = {}, meeting = examplePlanned().meeting): KallelseMailInput {
  const { db, followUps } = examplePlanned()
  const content = kallelseContent(meeting, db.settings, { followUps, issuedOn: '2019-04-26' })
  const ics = meetingInvitation(meeting, db.settings, content, date, change.kind ?? 'request')
  return { meeting, settings: db.settings, content, docx, ics, kind: 'request', recipientMode: 'to', date, ...change }
}

const names = (field: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((a) => a.value.map((v) => v.name))

describe('the kallelse e-mail draft', () => {
  it('has the Swedish subject with the long date, From the coordinator and To every invitee', async () => {
    const mail = await simpleParser(Buffer.from(await buildKallelseEml(input())))
    expect(mail.subject).toBe('Kallelse till lokala BRÅ Hägersten-Liljeholmen fredagen den 10 maj 2019')
    expect(mail.headers.get('x-unsent')).toBe('1')
    expect(names(mail.from)).toEqual(['Stina Lundmark'])
    expect(names(mail.to)).toEqual(examplePlanned().meeting.invitees.map((i) => i.name))
  })

  it('tells the time, place, agenda and whom to tell about absence, in text and in HTML', async () => {
    const mail = await simpleParser(Buffer.from(await buildKallelseEml(input())))
    const { meeting } = examplePlanned()
    const facts = [
      'Välkommen till lokala BRÅ Hägersten-Liljeholmen.',
      'Tid: Fredagen den 10 maj 2019 kl. 09.00–11.00',
      'Plats: Hägersten-Liljeholmens SDF, Telefonvägen 30, plan 9, besöksrum 1',
      'Dagordning',
      ...meeting.agenda.map((item, i) => `${i + 1}. ${item.title}`),
      'Anmäl förhinder till Stina Lundmark, 08-508 22 030, stina.pernilla.lundmark@stockholm.se.',
      'Se bifogad kallelse.',
      'Med vänliga hälsningar\nStina Lundmark'
    ]
    let from = 0
    for (const fact of facts) {
      const at = (mail.text ?? '').indexOf(fact, from)
      expect(at, fact).toBeGreaterThanOrEqual(from)
      from = at
    }
    expect(mail.text).toContain('   – Undersöka om eftermiddagsmöten')
    const html = String(mail.html)
    expect(html).toContain('<html lang="sv">')
    expect(html.match(/<li>/g)?.length).toBe(meeting.agenda.length + 1)
    expect(html).toMatch(/<ol>\n<li>Mötets öppnande<\/li>/)
    expect(html).toContain('<ul><li>Undersöka om eftermiddagsmöten')
  })

  it('attaches the kallelse and the invitation, and adds the REQUEST calendar part', async () => {
    const mail = await simpleParser(Buffer.from(await buildKallelseEml(input())))
    expect(mail.attachments.map((a) => a.filename ?? a.contentType)).toEqual([
      'text/calendar',
      'kallelse-lokala-bra-2019-05-10.docx',
      'kallelse-lokala-bra-2019-05-10.ics'
    ])
    expect(new Uint8Array(mail.attachments[1].content)).toEqual(docx)
    expect(mail.attachments[0].content.toString('utf8')).toContain('METHOD:REQUEST')
    expect(mail.attachments[2].content.toString('utf8')).toBe(input().ics)
  })

  it('hides the addresses in Bcc when she chooses so', async () => {
    const mail = await simpleParser(Buffer.from(await buildKallelseEml(input({ recipientMode: 'bcc' }))))
    expect(mail.to).toBeUndefined()
    expect(names(mail.bcc)).toHaveLength(examplePlanned().meeting.invitees.length)
  })

  it('leaves invitees without an address out of the recipients (the dialog names them)', () => {
    const { meeting } = examplePlanned()
    const draft = kallelseMailDraft(input({}, { ...meeting, invitees: [...meeting.invitees.slice(0, 1), { ...meeting.invitees[1], email: '' }] }))
    expect(draft.to?.map((a) => a.name)).toEqual([meeting.invitees[0].name])
  })

  it('says "Ändrad tid:" for a change and "Inställt:" for a cancellation, which carries no Word file', async () => {
    const { meeting, db } = examplePlanned()
    const content = kallelseContent(meeting, db.settings, { issuedOn: '2019-04-26' })
    expect(kallelseSubject(meeting, content, 'change')).toBe('Ändrad tid: Kallelse till lokala BRÅ Hägersten-Liljeholmen fredagen den 10 maj 2019')
    const cancel = await simpleParser(Buffer.from(await buildKallelseEml(input({ kind: 'cancel', cancelReason: 'För få kan komma.' }))))
    expect(cancel.subject).toBe('Inställt: Kallelse till lokala BRÅ Hägersten-Liljeholmen fredagen den 10 maj 2019')
    expect(cancel.text).toContain('Mötet är inställt: För få kan komma.')
    expect(cancel.text).not.toContain('Dagordning')
    expect(cancel.attachments.map((a) => a.filename ?? a.contentType)).toEqual(['text/calendar', 'kallelse-lokala-bra-2019-05-10.ics'])
    expect(cancel.attachments[0].content.toString('utf8')).toContain('METHOD:CANCEL')
  })

  it('prints slots, the video link and papers later in the body', () => {
    const draft = kallelseMailDraft(input({}, fullKallelse()))
    expect(draft.text).toContain('Digitalt: https://teams.example.org/l/meetup-join/19%3a?a=1&b=2')
    expect(draft.text).toContain('1. Mötets öppnande\n   kl. 09.00–09.10, Abit Dundar')
    expect(draft.text).toContain('   Handlingar kommer senare.')
    expect(draft.html).toContain('https://teams.example.org/l/meetup-join/19%3a?a=1&amp;b=2')
    expect(draft.text).not.toContain('\u00a0')
  })
})
