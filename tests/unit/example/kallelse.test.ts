import ICAL from 'ical.js'
import { simpleParser } from 'mailparser'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exampleDatabase, EXAMPLE_IDS } from '../../../src/main/example'
import { writeExampleKallelse } from '../../../src/main/example/kallelse'
import { formatDateAndTime } from '../../../src/shared/format/dates'
import { documentText, unzipDocx } from '../../support/docx'

const noFile = async (): Promise<Uint8Array> => {
  throw new Error('ENOENT')
}

async function written() {
  const folder = await mkdtemp(join(tmpdir(), 'samverkan-kallelse-'))
  const db = exampleDatabase()
  const paths = await writeExampleKallelse(folder, db, { readFile: noFile, now: () => new Date('2019-04-26T08:00:00Z') })
  const meeting = db.meetings.find((m) => m.id === EXAMPLE_IDS.plannedMeeting)
  if (!meeting) throw new Error('no planned meeting')
  return { db, meeting, paths, read: (name: string) => readFile(join(folder, name)) }
}

describe('the example kallelse for 2019-05-10', () => {
  it('writes the Word file, the e-mail draft and the invitation', async () => {
    const { paths } = await written()
    expect(paths.map((p) => basename(p))).toEqual([
      'kallelse-lokala-bra-2019-05-10.docx',
      'kallelse-lokala-bra-2019-05-10.eml',
      'kallelse-lokala-bra-2019-05-10.ics'
    ])
  })

  it('carries every fact of the planned meeting in the Word file', async () => {
    const { db, meeting, read } = await written()
    const text = documentText(await unzipDocx(await read('kallelse-lokala-bra-2019-05-10.docx')))
    const assignment = db.assignments.find((a) => a.id === EXAMPLE_IDS.assignment)
    const facts = [
      meeting.council,
      formatDateAndTime(meeting.date, meeting.startTime, meeting.endTime),
      meeting.place.address,
      meeting.place.floor,
      meeting.place.room,
      ...meeting.invitees.flatMap((i) => [i.name, i.role]),
      ...meeting.agenda.map((i) => i.title),
      assignment?.text ?? 'the assignment',
      'Clas Cederlid',
      '2019-02-22',
      meeting.apologiesTo,
      `${db.settings.placeName} 2019-04-26`,
      db.settings.coordinator.name,
      db.settings.coordinator.phone,
      db.settings.coordinator.email
    ]
    for (const fact of facts) expect(text, fact).toContain(fact)
    // The lägesbild item lists the areas active on the meeting's date, under its title.
    const areas = 'Prioriterade områden: Liljeholmen, Västertorp, Ungdomar, Påträngande tiggeri/olovliga bosättningar och Våldsbejakande extremism.'
    expect(text).toContain(`Lokala lägesbilden utifrån prioriterade områden\n${areas}`)
  })

  it('attaches exactly that Word file and that invitation to the draft', async () => {
    const { meeting, read } = await written()
    const docx = await read('kallelse-lokala-bra-2019-05-10.docx')
    const ics = await read('kallelse-lokala-bra-2019-05-10.ics')
    const mail = await simpleParser(await read('kallelse-lokala-bra-2019-05-10.eml'))
    expect(mail.headers.get('x-unsent')).toBe('1')
    expect(mail.subject).toBe('Kallelse till lokala BRÅ Hägersten-Liljeholmen fredagen den 10 maj 2019')
    expect(mail.attachments.find((a) => a.filename?.endsWith('.docx'))?.content.equals(docx)).toBe(true)
    expect(mail.attachments.find((a) => a.filename?.endsWith('.ics'))?.content.equals(ics)).toBe(true)
    const event = ICAL.Component.fromString(ics.toString('utf8')).getFirstSubcomponent('vevent')
    expect(event?.getFirstPropertyValue('uid')).toBe(meeting.calendarUid)
    expect(event?.getAllProperties('attendee')).toHaveLength(meeting.invitees.length)
  })
})
