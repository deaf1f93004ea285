import type { Migration, MigrationContext } from './types'
import { V5DatabaseSchema, type V5AgendaItem, type V5Database } from './v5'

/** The longest id the live IdSchema accepts. */
const ID_MAX = 64

/**
 * A decision's id: its item's id and its place ("…-b1"), so the same file migrates to
 * the same ids every time (a migration re-run from the backup links the same way); a
 * fresh id only when the item's id leaves no room for the suffix.
 */
export function decisionId(itemId: string, index: number, ctx: MigrationContext): string {
  const id = `${itemId}-b${index + 1}`
  return id.length <= ID_MAX ? id : ctx.newId()
}

function item(i: V5AgendaItem, ctx: MigrationContext): Record<string, unknown> {
  const decisions = i.decisions.map((text, index) => ({ id: decisionId(i.id, index, ctx), text, areaIds: [] }))
  return { ...i, decisions, areaIds: [] }
}

/**
 * v6 (issue 16, the lägesbild): decisions become records with an id and areas, items
 * and assignments get their area tags (none yet), and the register gets its priority
 * areas, insatser and yearly report texts, all empty. Nothing is tagged by guesswork:
 * which area a text is about is hers to say.
 */
function migrate(v5: V5Database, ctx: MigrationContext): Record<string, unknown> {
  const meetings = v5.meetings.map((m) => ({ ...m, agenda: m.agenda.map((i) => item(i, ctx)) }))
  const assignments = v5.assignments.map((a) => ({ ...a, areaIds: [] }))
  return { ...v5, schemaVersion: 6, meetings, assignments, priorityAreas: [], decidedActions: [], yearReports: [] }
}

export const v5ToV6: Migration = {
  from: 5,
  migrate: (data, ctx) => migrate(V5DatabaseSchema.parse(data), ctx)
}
