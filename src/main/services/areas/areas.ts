import type { z } from 'zod'
import type { AreaRow, SaveAreaInputSchema } from '../../../shared/contract/areas'
import { byActiveThenName, isActiveArea } from '../../../shared/areas/labels'
import { areaReferences } from '../../../shared/areas/tags'
import { areaTimeline } from '../../../shared/areas/timeline'
import type { PriorityArea } from '../../../shared/domain/areas'
import type { Database } from '../../../shared/domain/database'
import { stockholmIsoDate } from '../../../shared/format/dates'
import type { ServiceContext } from '../context'
import { conflict, fieldError } from '../meetings/records'
import { AREA_TEXTS, findArea } from './records'

type SaveInput = z.output<typeof SaveAreaInputSchema>

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase('sv') === b.trim().toLocaleLowerCase('sv')

/** Every area, active ones first by name, with how often and when last the council spoke of it. */
export function areaRows(db: Readonly<Database>, now: Date): AreaRow[] {
  const today = stockholmIsoDate(now)
  return [...db.priorityAreas].sort(byActiveThenName(today)).map((area) => {
    const entries = areaTimeline(db, area.id)
    const open = db.decidedActions.filter((a) => a.areaIds.includes(area.id) && (a.status === 'planned' || a.status === 'ongoing'))
    return { area: structuredClone(area), active: isActiveArea(area, today), entryCount: entries.length, lastMeetingDate: entries[0]?.meetingDate ?? null, openActionCount: open.length }
  })
}

/** Creates an area (no id) or replaces the fields of one; names are unique, ignoring case. */
export async function saveArea(ctx: ServiceContext, input: SaveInput): Promise<PriorityArea> {
  const { id: given, ...fields } = input
  const id = given ?? ctx.newId()
  await ctx.store.update((db) => {
    if (db.priorityAreas.some((a) => a.id !== id && sameName(a.name, fields.name))) throw fieldError('name', AREA_TEXTS.duplicateName)
    const now = ctx.clock().toISOString()
    if (given === undefined) {
      db.priorityAreas.push({ id, ...fields, createdAt: now, updatedAt: now })
      return
    }
    Object.assign(findArea(db, id), fields, { updatedAt: now })
  })
  return structuredClone(findArea(ctx.store.read(), id))
}

/** Removes an area nothing refers to; one with history is refused with the advice to close it. */
export async function removeArea(ctx: ServiceContext, id: string): Promise<null> {
  await ctx.store.update((db) => {
    findArea(db, id)
    const references = areaReferences(db, id)
    if (references > 0) throw conflict(AREA_TEXTS.inUse(references))
    db.priorityAreas = db.priorityAreas.filter((a) => a.id !== id)
  })
  return null
}
