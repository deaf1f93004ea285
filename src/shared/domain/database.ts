import { z } from 'zod'
import { DecidedActionSchema, PriorityAreaSchema, YearReportSchema } from './areas'
import { ContactSchema, GroupSchema, OrganisationSchema } from './contacts'
import { AssignmentSchema, MeetingSchema } from './meetings'
import { RegistrationSchema, SeminarSchema } from './seminars'
import { SettingsSchema } from './settings'

/** Bump with every change to the stored shape, and add a migration from the previous one. */
export const SCHEMA_VERSION = 6

/** The whole data file. Validated on every load; migrations bring older files here first. */
export const DatabaseSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  settings: SettingsSchema,
  organisations: z.array(OrganisationSchema),
  groups: z.array(GroupSchema),
  contacts: z.array(ContactSchema),
  meetings: z.array(MeetingSchema),
  assignments: z.array(AssignmentSchema),
  seminars: z.array(SeminarSchema),
  registrations: z.array(RegistrationSchema),
  /** The lägesbild's priority areas, the insatser decided for them and the yearly documents' texts (schema v6). */
  priorityAreas: z.array(PriorityAreaSchema),
  decidedActions: z.array(DecidedActionSchema),
  yearReports: z.array(YearReportSchema)
})
export type Database = z.infer<typeof DatabaseSchema>

/** A new, empty register with default settings: what a first start writes. */
export function emptyDatabase(): Database {
  return {
    schemaVersion: SCHEMA_VERSION,
    settings: SettingsSchema.parse({}),
    organisations: [],
    groups: [],
    contacts: [],
    meetings: [],
    assignments: [],
    seminars: [],
    registrations: [],
    priorityAreas: [],
    decidedActions: [],
    yearReports: []
  }
}
