import { AgendaItemSchema, MeetingSchema, type Meeting } from '../../shared/domain/meetings'
import type { ExampleBuild } from './build'
import { EXAMPLE_PLACE, exampleInvitees } from './held-meeting'
import { EXAMPLE_IDS } from './ids'
import { EXAMPLE_COUNCIL } from './settings'

/**
 * The council's usual agenda: the minutes of 2019-02-22 follow it, and the follow-up
 * item is where the open assignment from item 6 comes back. "Övriga frågor" last.
 */
const AGENDA: [title: string, kind: 'information' | 'discussion' | 'followUp'][] = [
  ['Sammanträdets öppnande', 'information'],
  ['Föregående minnesanteckningar och uppföljning', 'followUp'],
  ['Aktuell uppföljning och utveckling av trygghet och säkerhet', 'information'],
  ['Lokala lägesbilden utifrån prioriterade områden', 'discussion'],
  ['Kommande möten', 'information'],
  ['Övriga frågor', 'discussion']
]

/** The next meeting, decided in item 6: 2019-05-10 09.00–11.00, same place, same invitees. */
export function examplePlannedMeeting(b: ExampleBuild): Meeting {
  const id = b.id(EXAMPLE_IDS.plannedMeeting)
  return MeetingSchema.parse({
    id,
    council: EXAMPLE_COUNCIL,
    date: '2019-05-10',
    startTime: '09:00',
    endTime: '11:00',
    place: { ...EXAMPLE_PLACE },
    // Planned: its documents take the current settings until it is held.
    heldWith: null,
    invitees: exampleInvitees(b),
    agenda: AGENDA.map(([title, kind], i) =>
      AgendaItemSchema.parse({ id: b.id(`ex-item-2019-05-10-${i + 1}`), title, kind })
    ),
    apologiesTo: 'Stina Lundmark, 08-508 22 030, stina.pernilla.lundmark@stockholm.se',
    status: 'planned',
    calendarUid: `${id}@samverkan.example.org`,
    createdAt: b.at(),
    updatedAt: b.at()
  })
}
