import type { DecidedAction, PriorityArea } from '../domain/areas'
import { swedishCollator } from '../contacts/normalise'
import { areaTimeline } from '../areas/timeline'
import { TIMELINE_VIA_LABELS } from '../areas/labels'
import type { ActionFigure, AreaFigure, Observation } from './figures-schema'
import { ownerNameOf, yearBounds, yearOfDate, type ReportSource } from './source'

/** A priority during some part of the year: made one by its end, and not closed before it began. */
export function isActiveIn(area: Pick<PriorityArea, 'activeSince' | 'closedOn'>, year: number): boolean {
  const { first, last } = yearBounds(year)
  return (area.activeSince === null || area.activeSince <= last) && (area.closedOn === null || area.closedOn >= first)
}

/** The day an insats began: its start, else the day it was recorded. */
const startOf = (a: DecidedAction): string => a.startDate ?? a.createdAt.slice(0, 10)

/**
 * The insatser of an area that had begun by the year's end, oldest first. The status is
 * today's: the store keeps the follow-up notes, not a history of the status.
 */
export function actionsOf(source: Pick<ReportSource, 'decidedActions' | 'contacts'>, areaId: string, year: number): ActionFigure[] {
  const { last } = yearBounds(year)
  return (source.decidedActions ?? [])
    .filter((a) => a.areaIds.includes(areaId) && startOf(a) <= last)
    .sort((a, b) => startOf(a).localeCompare(startOf(b)))
    .map((a) => ({ actionId: a.id, title: a.title, owner: ownerNameOf(source, a), startDate: a.startDate, status: a.status }))
}

/**
 * What the year's meetings said about the area, oldest first, by the Lägesbild's own
 * timeline rule (src/shared/areas/timeline.ts); a decision or an assignment says so.
 */
export function observationsOf(source: Pick<ReportSource, 'meetings' | 'assignments'>, areaId: string, year: number): Observation[] {
  return areaTimeline(source, areaId)
    .filter((e) => yearOfDate(e.meetingDate) === year)
    // Oldest meeting first; a stable sort keeps each meeting's entries in agenda order.
    .sort((a, b) => a.meetingDate.localeCompare(b.meetingDate))
    .map((e) => ({
      meetingId: e.meetingId,
      meetingDate: e.meetingDate,
      text: e.via === 'decision' || e.via === 'assignment' ? `${TIMELINE_VIA_LABELS[e.via]}: ${e.excerpt}` : e.excerpt
    }))
}

/** The priority areas active in the year, by name, each with its insatser. */
export function areaFigures(source: Pick<ReportSource, 'priorityAreas' | 'decidedActions' | 'contacts' | 'meetings' | 'assignments'>, year: number): AreaFigure[] {
  return (source.priorityAreas ?? [])
    .filter((a) => isActiveIn(a, year))
    .sort((a, b) => swedishCollator.compare(a.name, b.name))
    .map((a) => ({
      areaId: a.id, name: a.name, kind: a.kind, description: a.description, activeSince: a.activeSince, dataSources: [...a.dataSources],
      observations: observationsOf(source, a.id, year),
      actions: actionsOf(source, a.id, year)
    }))
}
