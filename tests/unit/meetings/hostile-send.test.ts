import { readFile } from 'node:fs/promises'
import ICAL from 'ical.js'
import { simpleParser } from 'mailparser'
import { afterEach, describe, expect, it } from 'vitest'
import type { SentDraft } from '../../../src/shared/contract/meetings'
import type { Meeting } from '../../../src/shared/domain/meetings'
import { HOSTILE, REPLACEMENT_CHARACTER, XML_ILLEGAL } from '../../support/hostile'
import { meetingsHarness, type MeetingsHarness } from './harness'

let h: MeetingsHarness
afterEach(async () => h?.close())

const short = (s: string) => s.slice(0, 200)

describe('a meeting typed with hostile text, through the contract to the mail draft', () => {
  it('is stored cleaned, and its .eml and .ics parse back without forbidden characters', async () => {
    h = await meetingsHarness()
    const meeting = await h.call<Meeting>('meetings.create', {
      date: '2019-09-13',
      startTime: '9',
      endTime: '11',
      place: { address: short(HOSTILE.c0Controls), room: HOSTILE.markup, videoLink: HOSTILE.bidiOverrides },
      invitees: [{ name: HOSTILE.loneHighSurrogate, role: HOSTILE.c1Controls, organisation: HOSTILE.emoji, email: 'gast@example.org' }],
      agenda: [{ title: `${HOSTILE.emoji} ${HOSTILE.nonCharacters}`, presenter: HOSTILE.nul, description: HOSTILE.formula }]
    })
    expect(JSON.stringify(meeting)).not.toMatch(XML_ILLEGAL)
    const sent = await h.call<SentDraft>('meetings.sendKallelse', { id: meeting.id, kind: 'kallelse' })
    const mail = await simpleParser(await readFile(sent.path))
    expect(mail.text).toContain('Trygghet 👮‍♀️🇸🇪 😀')
    expect(`${mail.subject}${mail.text}`).not.toContain(REPLACEMENT_CHARACTER)
    const ics = mail.attachments.find((a) => a.filename?.endsWith('.ics'))!.content.toString('utf8')
    expect(ics).not.toMatch(XML_ILLEGAL)
    const event = ICAL.Component.fromString(ics).getFirstSubcomponent('vevent')!
    expect(event.getFirstPropertyValue('location')).toContain(`<b>&amp;</b> & < > " '`)
    expect(event.getAllProperties('attendee').map((p) => p.getParameter('cn'))).toEqual([meeting.invitees[0].name])
  })
})
