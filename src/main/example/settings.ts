import { SettingsSchema, type Sender, type Settings } from '../../shared/domain/settings'

/**
 * The sender as it was in February 2019: the district was still Hägersten-Liljeholmen
 * (it became Hägersten-Älvsjö in 2020). The minutes name the building (Telefonvägen 30);
 * the department is the one the coordinator's work belonged to (samhällsplanering, whose
 * head is among the invitees). The city's switchboard is its public number; the
 * district's own e-mail is not in the minutes, so the reserved example.org stands in.
 */
export const EXAMPLE_SENDER: Sender = {
  administration: 'Hägersten-Liljeholmens stadsdelsförvaltning',
  department: 'Avdelningen för samhällsplanering',
  visitingAddress: 'Telefonvägen 30',
  postalAddress: 'Telefonvägen 30, Hägersten',
  phone: '08-508 00 508',
  email: 'hagersten-liljeholmen@example.org',
  web: 'start.stockholm'
}

export const EXAMPLE_COUNCIL = 'Hägersten-Liljeholmen'

/** Settings filled from the minutes: council and place name, and the contact block ("Kontakt"). */
export function exampleSettings(): Settings {
  return SettingsSchema.parse({
    sender: EXAMPLE_SENDER,
    councilName: EXAMPLE_COUNCIL,
    placeName: 'Hägersten-Liljeholmen',
    coordinator: {
      name: 'Stina Lundmark',
      title: 'Tillsynshandläggare',
      phone: '08-508 22 030',
      email: 'stina.pernilla.lundmark@stockholm.se'
    }
  })
}
