import type { AreaTimeline } from '../../../shared/contract/areas'
import { actionRow, byStatusThenStart } from '../../../shared/areas/action-rows'
import { areaChanges } from '../../../shared/areas/changes'
import { isActiveArea } from '../../../shared/areas/labels'
import { areaTimeline } from '../../../shared/areas/timeline'
import type { Database } from '../../../shared/domain/database'
import { stockholmIsoDate } from '../../../shared/format/dates'
import { assignmentRows } from '../minutes/lists'
import { findArea } from './records'

/** The Lägesbild of one area: what was said, the insatser and assignments for it, and what the latest meeting changed. */
export function timelineOf(db: Readonly<Database>, id: string, now: Date): AreaTimeline {
  const area = findArea(db, id)
  const entries = areaTimeline(db, id)
  const actions = db.decidedActions
    .filter((a) => a.areaIds.includes(id))
    .map((a) => actionRow(db, a))
    .sort(byStatusThenStart)
  return {
    area: structuredClone(area),
    active: isActiveArea(area, stockholmIsoDate(now)),
    entries,
    actions,
    assignments: assignmentRows(db, {}, now).filter((r) => r.assignment.areaIds.includes(id)),
    changes: areaChanges(db, id, entries, actions)
  }
}
