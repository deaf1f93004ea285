import ICAL from 'ical.js'
import { simpleParser } from 'mailparser'
import { describe, expect, it } from 'vitest'
import { meetingInvitation } from '../../../src/main/calendar/meeting-event'
import { buildMinutes } from '../../../src/main/documents'
import { buildKallelse, kallelseContent } from '../../../src/main/documents/kallelse'
import { buildKallelseEml } from '../../../src/main/mail/kallelse-mail'
import { MeetingSchema, type Meeting } from '../../../src/shared/domain/meetings'
import { bold, doc, link, paragraph } from '../../../src/shared/rich-text'
import { documentText, malformedParts, unzipDocx } from '../../support/docx'
import { HOSTILE, REPLACEMENT_CHARACTER, XML_ILLEGAL, type HostileName } from '../../support/hostile'
import { exampleMinutes, noFile } from './fixtures'
import { examplePlanned, now } from './kallelse-fixtures'

/**
 * The shared hostile strings (the same set the contacts exports are held to) in every
 * field a council document prints, through every writer of a meeting: the minutes and the
 * kallelse (.docx), the e-mail draft (.eml) and the invitation (.ics).
 */
function withHostile(meeting: Meeting, value: string): Meeting {
  return {
    ...meeting,
    council: value,
    caseNumber: value,
    place: { ...meeting.place, address: value, room: value },
    invitees: [{ ...meeting.invitees[0], name: value, role: value }, ...meeting.invitees.slice(1)],
    agenda: meeting.agenda.map((item, i) => (i === 0 ? { ...item, title: value, presenter: value, notes: hostileNotes(value) } : item)),
    apologiesTo: value
  }
}

/** Rich-text notes with the string in plain, bold and linked text and in the link's address. */
const hostileNotes = (value: string) => doc(paragraph(`${value} `, bold(value), ' ', link(value, `https://example.org/${value.slice(0, 1000)}`)))

const names = Object.keys(HOSTILE) as HostileName[]

describe.each(names)('the hostile string %s', (name) => {
  const value = HOSTILE[name]

  it('leaves the minutes and the kallelse well-formed, with no illegal character and no U+FFFD', async () => {
    const { meeting, settings } = exampleMinutes()
    const planned = examplePlanned()
    const files = [
      await buildMinutes(withHostile(meeting, value), settings, { readFile: noFile, now }),
      await buildKallelse(withHostile(planned.meeting, value), planned.db.settings, { readFile: noFile, now }, { followUps: [], issuedOn: '2019-04-26' })
    ]
    // As stored (the schemas clean the notes) and as passed in raw: the builder does not rely on the schemas.
    const storedNotes = MeetingSchema.parse({ ...meeting, agenda: meeting.agenda.map((item, i) => (i === 0 ? { ...item, notes: hostileNotes(value) } : item)) })
    files.push(await buildMinutes(storedNotes, settings, { readFile: noFile, now }))
    for (const bytes of files) {
      const parts = await unzipDocx(bytes)
      expect(malformedParts(parts)).toEqual([])
      for (const xml of parts.values()) expect(XML_ILLEGAL.test(xml)).toBe(false)
      expect(documentText(parts)).not.toContain(REPLACEMENT_CHARACTER)
    }
  })

  it('leaves the e-mail draft and the invitation readable, with no U+FFFD', async () => {
    const { db } = examplePlanned()
    const meeting = withHostile(examplePlanned().meeting, value)
    const content = kallelseContent(meeting, db.settings, { followUps: [], issuedOn: '2019-04-26' })
    const ics = meetingInvitation(meeting, db.settings, content, now(), 'request')
    const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!
    expect(event.getFirstPropertyValue('summary')).toBeTruthy()
    expect(ics).not.toContain(REPLACEMENT_CHARACTER)

    const eml = await buildKallelseEml({ meeting, settings: db.settings, content, docx: new Uint8Array([1]), ics, kind: 'request', recipientMode: 'to', date: now() })
    const mail = await simpleParser(Buffer.from(eml))
    expect(mail.subject).toContain('Kallelse till lokala BRÅ')
    expect(`${mail.subject} ${mail.text}`).not.toContain(REPLACEMENT_CHARACTER)
    expect(mail.attachments.map((a) => a.filename)).toContain('kallelse-lokala-bra-2019-05-10.docx')
  })
})
