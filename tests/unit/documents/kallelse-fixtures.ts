import { exampleDatabase, EXAMPLE_IDS } from '../../../src/main/example'
import type { KallelseFollowUp } from '../../../src/main/documents/kallelse'
import { kallelseFollowUps } from '../../../src/main/services/meetings/kallelse-source'
import type { Database } from '../../../src/shared/domain/database'
import { heldWithOf, type Meeting } from '../../../src/shared/domain/meetings'
import { HOSTILE } from './fixtures'

export const now = () => new Date('2019-04-26T08:00:00Z')

/** The planned meeting of 2019-05-10 with the open assignment from 2019-02-22. */
export function examplePlanned(): { db: Database; meeting: Meeting; followUps: KallelseFollowUp[] } {
  const db = exampleDatabase()
  const meeting = db.meetings.find((m) => m.id === EXAMPLE_IDS.plannedMeeting)
  if (!meeting) throw new Error('no planned meeting')
  return { db, meeting, followUps: kallelseFollowUps(db, meeting) }
}

/** Every optional part filled: slots, presenters, description, papers later, a video link, a reply-by date. */
export function fullKallelse(): Meeting {
  const { meeting } = examplePlanned()
  const [a, b, c, d, e, f, g] = meeting.agenda
  return {
    ...meeting,
    caseNumber: 'SDN 2019/77',
    place: { ...meeting.place, videoLink: 'https://teams.example.org/l/meetup-join/19%3a?a=1&b=2' },
    apologiesBy: '2019-05-03',
    agenda: [
      { ...a, startTime: '09:00', endTime: '09:10', presenter: 'Abit Dundar' },
      { ...b, startTime: '09:10', endTime: '09:20' },
      c,
      { ...d, startTime: '09:20', endTime: '10:00', description: 'Uppdatering utifrån inkommen information.' },
      { ...e, startTime: '10:00', endTime: '10:30', presenter: 'Polisen Lpo Skärholmen', papersLater: true },
      { ...f, description: 'Mötestider hösten 2019.' },
      g
    ]
  }
}

/** What a user might type, in every field a kallelse prints. */
export function hostileKallelse(): Meeting {
  const { db, meeting } = examplePlanned()
  const h = HOSTILE
  return {
    ...meeting,
    council: `${h.specials} ${h.emoji}`,
    // A snapshot on a planned meeting wins over the settings too: the hostile place name is printed.
    heldWith: { ...heldWithOf(db.settings), placeName: h.rtl },
    place: { address: h.controls, floor: h.specials, room: h.emoji, videoLink: 'javascript:alert(1)' },
    invitees: [{ contactId: null, name: h.rtl, role: h.specials, organisation: h.emoji, email: '' }, { contactId: null, name: h.controls, role: '', organisation: '', email: '' }],
    agenda: [
      { ...meeting.agenda[0], title: h.specials, presenter: h.emoji, startTime: '09:15', endTime: '09:45', description: h.controls },
      { ...meeting.agenda[1], title: '' }
    ],
    apologiesTo: h.specials
  }
}
