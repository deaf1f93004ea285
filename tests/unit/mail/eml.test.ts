import { simpleParser, type AddressObject, type Attachment } from 'mailparser'
import { describe, expect, it } from 'vitest'
import { buildEml, type MailDraft } from '../../../src/main/mail/eml'

const docx = new Uint8Array(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256))
const ics = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:x@test\r\nSUMMARY:Möte åäö\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n'

const draft = (change: Partial<MailDraft> = {}): MailDraft => ({
  from: { name: 'Stina Lundmark', address: 'stina@example.org' },
  to: [
    { name: 'Ann-Marie Strömberg', address: 'ann-marie@example.org' },
    { name: 'Bengt ”Spider” Jansson', address: 'bengt@example.org' }
  ],
  subject: 'Kallelse till lokala BRÅ Hägersten-Liljeholmen fredagen den 10 maj 2019',
  text: 'Hej!\n\nTid: Fredagen den 10 maj 2019 kl. 09.00–11.00\nÖvriga frågor\n',
  html: '<p>Hej!</p><ol><li>Övriga frågor</li></ol>',
  attachments: [{ filename: 'kallelse-lokala-bra-2019-05-10.docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', content: docx }],
  calendar: { method: 'REQUEST', filename: 'kallelse-lokala-bra-2019-05-10.ics', content: ics },
  date: new Date('2019-04-26T08:00:00Z'),
  ...change
})

const addresses = (field: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((a) => a.value.map((v) => [v.name, v.address]))

const rawHeaders = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8').split(/\r\n\r\n/)[0]
const contentTypeOf = (a: Attachment) => a.headers.get('content-type') as { value: string; params: Record<string, string> }

describe('an .eml draft', () => {
  it('is marked X-Unsent: 1, so Outlook opens it as an unsent message', async () => {
    const bytes = await buildEml(draft())
    expect(rawHeaders(bytes)).toMatch(/^X-Unsent: 1$/m)
    const mail = await simpleParser(Buffer.from(bytes))
    expect(mail.headers.get('x-unsent')).toBe('1')
  })

  it('encodes non-ASCII names and subjects, which read back exactly', async () => {
    const bytes = await buildEml(draft())
    const headers = rawHeaders(bytes)
    expect(headers).not.toMatch(/[^\x00-\x7f]/)
    expect(headers).toMatch(/=\?UTF-8\?[QB]\?/)
    const mail = await simpleParser(Buffer.from(bytes))
    expect(mail.subject).toBe('Kallelse till lokala BRÅ Hägersten-Liljeholmen fredagen den 10 maj 2019')
    expect(addresses(mail.from)).toEqual([['Stina Lundmark', 'stina@example.org']])
    expect(addresses(mail.to)).toEqual([
      ['Ann-Marie Strömberg', 'ann-marie@example.org'],
      ['Bengt ”Spider” Jansson', 'bengt@example.org']
    ])
    expect(mail.date?.toISOString()).toBe('2019-04-26T08:00:00.000Z')
  })

  it('has the plain-text and HTML bodies', async () => {
    const mail = await simpleParser(Buffer.from(await buildEml(draft())))
    expect(mail.text).toBe('Hej!\n\nTid: Fredagen den 10 maj 2019 kl. 09.00–11.00\nÖvriga frågor\n')
    expect(mail.html).toBe('<p>Hej!</p><ol><li>Övriga frågor</li></ol>')
  })

  it('keeps Bcc in the draft, with no To, so the hidden recipients are not lost', async () => {
    const { to, ...rest } = draft()
    const bytes = await buildEml({ ...rest, bcc: to })
    expect(rawHeaders(bytes)).toMatch(/^Bcc: /m)
    const mail = await simpleParser(Buffer.from(bytes))
    expect(mail.to).toBeUndefined()
    expect(addresses(mail.bcc)).toEqual([
      ['Ann-Marie Strömberg', 'ann-marie@example.org'],
      ['Bengt ”Spider” Jansson', 'bengt@example.org']
    ])
  })

  it('attaches the Word file byte for byte and the .ics under its own name', async () => {
    const mail = await simpleParser(Buffer.from(await buildEml(draft())))
    const word = mail.attachments.find((a) => a.filename === 'kallelse-lokala-bra-2019-05-10.docx')
    expect(word?.contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    expect(word?.contentDisposition).toBe('attachment')
    expect(new Uint8Array(word?.content ?? [])).toEqual(docx)
    const invitation = mail.attachments.find((a) => a.filename === 'kallelse-lokala-bra-2019-05-10.ics')
    expect(invitation?.content.toString('utf8')).toBe(ics)
  })

  it('carries the invitation as a text/calendar; method=REQUEST alternative too', async () => {
    const mail = await simpleParser(Buffer.from(await buildEml(draft())))
    const part = mail.attachments.find((a) => a.contentType === 'text/calendar')
    expect(part).toBeDefined()
    const type = contentTypeOf(part as Attachment)
    expect(type.params.method).toBe('REQUEST')
    expect(part?.content.toString('utf8')).toBe(ics)
    const cancel = await simpleParser(Buffer.from(await buildEml(draft({ calendar: { method: 'CANCEL', filename: 'x.ics', content: ics } }))))
    expect(contentTypeOf(cancel.attachments.find((a) => a.contentType === 'text/calendar') as Attachment).params.method).toBe('CANCEL')
  })

  it('never reads a path or fetches a URL, even when a body names one', async () => {
    const mail = await simpleParser(Buffer.from(await buildEml(draft({ html: '<img src="file:///etc/passwd"><p>/etc/passwd</p>' }))))
    expect(mail.html).toContain('file:///etc/passwd')
    expect(mail.attachments.map((a) => a.filename)).not.toContain('passwd')
  })
})
