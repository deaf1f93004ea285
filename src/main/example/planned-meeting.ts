import { AgendaItemSchema, MeetingSchema, senderSnapshotOf, type Meeting } from '../../shared/domain/meetings'
import type { Contact, Organisation } from '../../shared/domain/contacts'
import { inviteeFromContact } from '../../shared/meetings/invitees'
import type { ExampleBuild } from './build'
import { EXAMPLE_PLACE, exampleInvitees } from './held-meeting'
import { EXAMPLE_IDS } from './ids'
import { EXAMPLE_COUNCIL, exampleSettings } from './settings'

/**
 * The next meeting, decided in item 6: 2019-05-10 09.00–11.00, same place, the same
 * invitees as the register has them (as "Nytt möte från detta" makes them, so none is
 * marked as changed), the template agenda.
 */
export function examplePlannedMeeting(b: ExampleBuild, register: { contacts: Contact[]; organisations: Organisation[] }): Meeting {
  const id = b.id(EXAMPLE_IDS.plannedMeeting)
  return MeetingSchema.parse({
    id,
    council: EXAMPLE_COUNCIL,
    date: '2019-05-10',
    startTime: '09:00',
    endTime: '11:00',
    place: { ...EXAMPLE_PLACE },
    // Planned: not held yet; what its documents say was taken from Inställningar when it was planned, in February 2019.
    heldWith: null,
    senderSnapshot: senderSnapshotOf(exampleSettings()),
    invitees: exampleInvitees(b).map((invitee) => {
      const contact = register.contacts.find((c) => c.id === invitee.contactId)
      return contact ? inviteeFromContact(contact, register.organisations) : invitee
    }),
    // The agenda template of Inställningar, as a new meeting gets it; the open assignment from item 6 comes back under item 3.
    agenda: exampleSettings().agendaTemplate.map(({ title, kind }, i) =>
      AgendaItemSchema.parse({ id: b.id(`ex-item-2019-05-10-${i + 1}`), title, kind })
    ),
    apologiesTo: 'Stina Lundmark, 08-508 22 030, stina.pernilla.lundmark@stockholm.se',
    status: 'planned',
    calendarUid: `${id}@samverkan.example.org`,
    createdAt: b.at(),
    updatedAt: b.at()
  })
}
