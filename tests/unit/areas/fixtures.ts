import { EXAMPLE_IDS, exampleDatabase } from '../../../src/main/example'
import { PriorityAreaSchema, type PriorityArea } from '../../../src/shared/domain/areas'
import type { Database } from '../../../src/shared/domain/database'
import type { Meeting } from '../../../src/shared/domain/meetings'

const AT = '2019-01-10T08:00:00.000Z'

export const area = (id: string, name: string, extra: Partial<PriorityArea> = {}): PriorityArea =>
  PriorityAreaSchema.parse({ id, name, createdAt: AT, updatedAt: AT, ...extra })

export const WEST = 'area-vastertorp'
export const YOUTH = 'area-ungdomar'

/** The example register with two areas of its own (not the example's) and nothing tagged. */
export function registerWithAreas(): Database {
  const db = exampleDatabase()
  db.priorityAreas = [area(WEST, 'Västertorp', { kind: 'place' }), area(YOUTH, 'Ungdomar', { kind: 'group' })]
  db.decidedActions = []
  for (const item of db.meetings.flatMap((m) => m.agenda)) {
    item.areaIds = []
    item.decisions = item.decisions.map((d) => ({ ...d, areaIds: [] }))
    for (const block of item.notes.content) if (block.type === 'paragraph') delete block.attrs
  }
  for (const a of db.assignments) a.areaIds = []
  return db
}

export const heldOf = (db: Database): Meeting => db.meetings.find((m) => m.id === EXAMPLE_IDS.heldMeeting)!

/** A copy of the example's held meeting on another date, with fresh ids, held too. */
export function heldCopy(db: Database, id: string, date: string): Meeting {
  const copy = structuredClone(heldOf(db))
  Object.assign(copy, { id, date, calendarUid: `${id}@samverkan.example.org` })
  copy.agenda = copy.agenda.map((item, i) => ({ ...item, id: `${id}-item-${i + 1}`, decisions: item.decisions.map((d, j) => ({ ...d, id: `${id}-d-${i}-${j}` })) }))
  return copy
}
