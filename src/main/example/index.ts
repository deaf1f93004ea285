import { DatabaseSchema, SCHEMA_VERSION, type Database } from '../../shared/domain/database'
import { exampleBuild, type ExampleOptions } from './build'
import { exampleAssignment, exampleHeldMeeting } from './held-meeting'
import { examplePlannedMeeting } from './planned-meeting'
import { exampleContacts, exampleGroups, exampleOrganisations } from './register'
import { exampleRegistrations, exampleSeminar } from './seminar'
import { exampleSettings } from './settings'

export { EXAMPLE_IDS } from './ids'
export type { ExampleOptions } from './build'

/**
 * The example register built on the real minutes of the Hägersten-Liljeholmen lokala
 * BRÅ, 2019-02-22: what `npm run demo` writes and the end-to-end tests start from.
 * Deterministic unless `newId` is given. Parsed on the way out, so a change to the
 * domain schemas that the example no longer fits fails loudly here, not in a test far away.
 */
export function exampleDatabase(options: ExampleOptions = {}): Database {
  const b = exampleBuild(options)
  const organisations = exampleOrganisations(b)
  const contacts = exampleContacts(b)
  return DatabaseSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    settings: exampleSettings(),
    organisations,
    groups: exampleGroups(b),
    contacts,
    meetings: [exampleHeldMeeting(b), examplePlannedMeeting(b, { contacts, organisations })],
    assignments: [exampleAssignment(b)],
    seminars: [exampleSeminar(b)],
    registrations: exampleRegistrations(b),
    priorityAreas: [],
    decidedActions: [],
    yearReports: []
  })
}
