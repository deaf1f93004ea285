import type { ActionStatus, AreaKind, PriorityArea } from '../domain/areas'
import type { TimelineVia } from '../contract/areas'

/** Plats, grupp, tema: how Lägesbild and the documents name an area's kind. */
export const AREA_KIND_LABELS: Record<AreaKind, string> = { place: 'Plats', group: 'Grupp', theme: 'Tema' }

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  planned: 'Planerad',
  ongoing: 'Pågår',
  done: 'Genomförd',
  cancelled: 'Avbruten'
}

/** Where on the timeline a text came from. */
export const TIMELINE_VIA_LABELS: Record<TimelineVia, string> = {
  item: 'Punkten',
  paragraph: 'Stycke',
  decision: 'Beslut',
  assignment: 'Uppdrag'
}

/** Active on `today` (YYYY-MM-DD): not closed, or closed only later. A closed area keeps its history. */
export const isActiveArea = (area: Pick<PriorityArea, 'closedOn'>, today: string): boolean => area.closedOn === null || area.closedOn > today

/** Active areas first, each group by name as Swedish sorts it. */
export const byActiveThenName =
  (today: string) =>
  (a: PriorityArea, b: PriorityArea): number =>
    Number(isActiveArea(b, today)) - Number(isActiveArea(a, today)) || a.name.localeCompare(b.name, 'sv')
