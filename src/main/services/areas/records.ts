import type { PriorityArea } from '../../../shared/domain/areas'
import type { Database } from '../../../shared/domain/database'
import { isActiveArea } from '../../../shared/areas/labels'
import { notFound } from '../../api/errors'
import { fieldError } from '../meetings/records'

export const AREA_TEXTS = {
  unknown: 'Området finns inte bland de prioriterade områdena.',
  duplicateName: 'Det finns redan ett prioriterat område med det namnet.',
  closed: (closedOn: string) => `Området avslutades ${closedOn}. Öppna det igen för att märka det som sades efter det.`,
  inUse: (n: number) =>
    `Området är märkt på ${n} ${n === 1 ? 'ställe' : 'ställen'} (punkter, stycken, beslut, uppdrag eller insatser) och kan inte tas bort. Avsluta det i stället med ett datum: då finns historiken kvar.`
} as const

/** The area with this id; gone means notFound. */
export function findArea(db: Pick<Database, 'priorityAreas'>, id: string): PriorityArea {
  const area = db.priorityAreas.find((a) => a.id === id)
  if (!area) throw notFound('Området')
  return area
}

/**
 * Checks the tags about to be set: every id an area, and a tag newly added (not one kept
 * from before) not an area closed by `onDate`, the date of what is tagged; a closed area
 * keeps the tags it had. Errors are field errors at `path.<index>`.
 */
export function checkAreaIds(db: Pick<Database, 'priorityAreas'>, ids: readonly string[], path: string, kept: readonly string[] = [], onDate?: string): void {
  ids.forEach((id, index) => {
    const area = db.priorityAreas.find((a) => a.id === id)
    if (!area) throw fieldError(`${path}.${index}`, AREA_TEXTS.unknown)
    if (onDate !== undefined && !kept.includes(id) && !isActiveArea(area, onDate)) throw fieldError(`${path}.${index}`, AREA_TEXTS.closed(area.closedOn ?? ''))
  })
}
