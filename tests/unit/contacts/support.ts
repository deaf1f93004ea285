import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createDispatch, type Dispatch } from '../../../src/main/api/dispatch'
import { handlers } from '../../../src/main/api/handlers'
import type { ServiceContext } from '../../../src/main/services/context'
import type { ApiResult } from '../../../src/shared/contract'
import { ContactSchema, GroupSchema, OrganisationSchema } from '../../../src/shared/domain/contacts'
import { DatabaseSchema, emptyDatabase, type Database } from '../../../src/shared/domain/database'
import { AssignmentSchema, MeetingSchema } from '../../../src/shared/domain/meetings'
import { RegistrationSchema, SeminarSchema } from '../../../src/shared/domain/seminars'
import { memoryStore, testContext } from '../../support/context'

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/contacts')
export const fixture = (name: string): string => join(FIXTURES, name)

const T = '2019-01-10T09:00:00.000Z'

/**
 * A small register around the 2019-02-22 council meeting (held) and a planned one in
 * March, a seminar with registrations, and an assignment. "Today" in testContext is 2019-02-22.
 */
export function seededDatabase(): Database {
  const db = emptyDatabase()
  db.organisations.push(OrganisationSchema.parse({ id: 'org-polisen', name: 'Polisen Lpo Skärholmen', kind: 'police', createdAt: T, updatedAt: T }))
  db.groups.push(GroupSchema.parse({ id: 'grp-kallade', name: 'Kallade till lokala BRÅ', kind: 'councilInvitees', createdAt: T, updatedAt: T }))
  db.contacts.push(
    ContactSchema.parse({ id: 'contact-anna', name: 'Anna Lindqvist', title: 'Kommunpolis', organisationId: 'org-polisen', email: 'anna.lindqvist@example.org', phone: '08-401 23 45', groupIds: ['grp-kallade'], notes: 'Föredrar mejl', createdAt: T, updatedAt: T }),
    ContactSchema.parse({ id: 'contact-bertil', name: 'Bertil Åström', title: 'Rektor', email: 'bertil@example.org', createdAt: T, updatedAt: T })
  )
  const anna = { contactId: 'contact-anna', name: 'Anna Lindqvist', role: 'Kommunpolis, Polisen', email: 'anna.lindqvist@example.org' }
  const bertil = { contactId: 'contact-bertil', name: 'Bertil Åström', role: 'Rektor', email: 'bertil@example.org' }
  db.meetings.push(
    MeetingSchema.parse({
      id: 'meeting-held', council: 'Lokala BRÅ Hägersten-Liljeholmen', date: '2019-02-22', startTime: '09:00', endTime: '11:00', status: 'held',
      invitees: [anna, bertil], attendance: [{ ...anna, status: 'present' }, { ...bertil, status: 'excused' }],
      agenda: [{ id: 'item-one', title: 'Lägesbild', presenter: 'Anna Lindqvist', notes: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Anna Lindqvist redogjorde för läget.' }] }] } }],
      calendarUid: 'uid-held@samverkan', createdAt: T, updatedAt: T
    }),
    MeetingSchema.parse({
      id: 'meeting-planned', council: 'Lokala BRÅ Hägersten-Liljeholmen', date: '2019-04-12', startTime: '09:00', endTime: '11:00',
      invitees: [anna, bertil], calendarUid: 'uid-planned@samverkan', createdAt: T, updatedAt: T
    })
  )
  db.assignments.push(
    AssignmentSchema.parse({ id: 'assign-held', text: 'Ta fram statistik över anmälda brott', ownerContactId: 'contact-anna', ownerName: '', originMeetingId: 'meeting-held', createdAt: T, updatedAt: T }),
    AssignmentSchema.parse({ id: 'assign-planned', text: 'Boka lokal', ownerContactId: 'contact-anna', ownerName: '', originMeetingId: 'meeting-planned', createdAt: T, updatedAt: T })
  )
  db.seminars.push(SeminarSchema.parse({ id: 's-frukost', kind: 'breakfast', target: 'business', theme: 'Trygg handel i Liljeholmen', date: '2019-03-05', startTime: '08:00', endTime: '09:30', capacity: 40, calendarUid: 'uid-s@samverkan', createdAt: T, updatedAt: T }))
  db.registrations.push(
    RegistrationSchema.parse({ id: 'reg-anna-1', seminarId: 's-frukost', contactId: 'contact-anna', name: 'Anna Lindqvist', organisation: 'Polisen', dietaryNeeds: 'Glutenfri', registeredAt: T, updatedAt: T }),
    RegistrationSchema.parse({ id: 'reg-typed-1', seminarId: 's-frukost', name: 'A. Lindqvist', email: 'ANNA.LINDQVIST@example.org', registeredAt: T, updatedAt: T }),
    RegistrationSchema.parse({ id: 'reg-other-1', seminarId: 's-frukost', contactId: 'contact-bertil', name: 'Bertil Åström', dietaryNeeds: 'Vegetarisk', registeredAt: T, updatedAt: T })
  )
  return DatabaseSchema.parse(db)
}

export interface Harness {
  ctx: ServiceContext
  store: ReturnType<typeof memoryStore>
  call: <T = unknown>(method: string, input?: unknown) => Promise<T>
  raw: Dispatch
  /** What the stubbed dialogs will answer next. */
  dialogs: { open: string | null; save: string | null }
}

/** The real handlers behind the real dispatch, on a memory store with stubbed dialogs. */
export function harness(initial: Database = emptyDatabase()): Harness {
  const store = memoryStore(initial)
  const dialogs = { open: null as string | null, save: null as string | null }
  const ctx = testContext({ store, dialogs: { openFile: async () => dialogs.open, saveFile: async () => dialogs.save } })
  const raw = createDispatch(handlers, ctx)
  const call = async <T,>(method: string, input?: unknown): Promise<T> => {
    const result = (await raw(method, input)) as ApiResult<T>
    if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`)
    return result.value
  }
  return { ctx, store, call, raw, dialogs }
}

export async function withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'samverkan-contacts-'))
  try {
    return await fn(dir)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
