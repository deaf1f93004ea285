import type { PriorityArea } from '../domain/areas'
import { isActiveArea } from './labels'

/*
 * The kallelse's lägesbild item ("Lokala lägesbilden utifrån prioriterade områden",
 * the agenda template's) lists the areas active on the meeting's date, so the members
 * know which areas to bring news of. It is written into the item's description when the
 * meeting is created: she sees it in the agenda and may change it like any description.
 */

const SITUATION_ITEM = /^lokala lägesbilden\b/

/** The agenda item that is the lägesbild's, by its title as the template words it. */
export const isSituationItem = (title: string): boolean => SITUATION_ITEM.test(title.trim().toLocaleLowerCase('sv'))

/** Active on that date: prioritised by then (or since an unknown date) and not yet closed. */
export const activeOn = (area: PriorityArea, date: string): boolean => (area.activeSince === null || area.activeSince <= date) && isActiveArea(area, date)

/** "A, B och C" as Swedish lists them. */
function swedishList(names: readonly string[]): string {
  if (names.length <= 1) return names.join('')
  return `${names.slice(0, -1).join(', ')} och ${names.at(-1)}`
}

/** "Prioriterade områden: Liljeholmen, Västertorp och Ungdomar." in the order she keeps them; empty when none is active. */
export function activeAreasLine(areas: readonly PriorityArea[], date: string): string {
  const names = areas.filter((a) => activeOn(a, date)).map((a) => a.name.trim())
  return names.length === 0 ? '' : `Prioriterade områden: ${swedishList(names)}.`
}

/** The agenda with the lägesbild item's empty description set to the active areas; anything she wrote is kept. */
export function withActiveAreas<I extends { title: string; description?: string }>(agenda: readonly I[], areas: readonly PriorityArea[], date: string): I[] {
  const line = activeAreasLine(areas, date)
  return agenda.map((item) => (line !== '' && isSituationItem(item.title) && !item.description?.trim() ? { ...item, description: line } : item))
}
