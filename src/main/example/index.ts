import { DatabaseSchema, SCHEMA_VERSION, type Database } from '../../shared/domain/database'
import { withActiveAreas } from '../../shared/areas/kallelse'
import { exampleActions, exampleAreas } from './areas'
import { exampleBuild, type ExampleOptions } from './build'
import { exampleAssignment, exampleHeldMeeting } from './held-meeting'
import { examplePlannedMeeting } from './planned-meeting'
import { exampleContacts, exampleGroups, exampleOrganisations } from './register'
import { exampleRegistrations, exampleSeminar } from './seminar'
import { exampleSettings } from './settings'

export { EXAMPLE_IDS } from './ids'
export { EXAMPLE_AREAS } from './areas'
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
  const held = exampleHeldMeeting(b)
  const areas = exampleAreas(b)
  // Planned after the areas were set, its lägesbild item lists them as a new meeting's would.
  const planned = examplePlannedMeeting(b, { contacts, organisations })
  planned.agenda = withActiveAreas(planned.agenda, areas, planned.date)
  return DatabaseSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    settings: exampleSettings(),
    organisations,
    groups: exampleGroups(b),
    contacts,
    meetings: [held, planned],
    assignments: [exampleAssignment(b)],
    seminars: [exampleSeminar(b)],
    registrations: exampleRegistrations(b),
    priorityAreas: areas,
    decidedActions: exampleActions(b, held),
    yearReports: []
  })
}
