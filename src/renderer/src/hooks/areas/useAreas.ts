import { useQuery } from '@tanstack/react-query'
import type { AreaRow } from '../../../../shared/contract/areas'
import { call } from '../../api/client'
import { actionKeys, areaKeys } from './keys'

const listAreas = () => call('areas.list')

/** Every priority area, active ones first, with how often it came up and its open insatser. */
export function useAreas() {
  return useQuery({ queryKey: areaKeys.list(), queryFn: listAreas })
}

const areasOf = (rows: readonly AreaRow[]) => rows.map((r) => r.area)

/** The areas themselves, for the pickers in the minutes. */
export function usePriorityAreas() {
  return useQuery({ queryKey: areaKeys.list(), queryFn: listAreas, select: areasOf })
}

const namesOf = (rows: readonly AreaRow[]): ReadonlyMap<string, string> => new Map(rows.map((r) => [r.area.id, r.area.name]))
const NO_NAMES: ReadonlyMap<string, string> = new Map()

/** Area names by id (the same Map until the list changes), for the markers on tagged paragraphs. */
export function useAreaNames(): ReadonlyMap<string, string> {
  return useQuery({ queryKey: areaKeys.list(), queryFn: listAreas, select: namesOf }).data ?? NO_NAMES
}

/** One area: what was said about it meeting by meeting, its insatser and uppdrag, and what the latest meeting changed. */
export function useAreaTimeline(id: string) {
  return useQuery({ queryKey: areaKeys.detail(id), queryFn: () => call('areas.timeline', { id }) })
}

/** Every insats, for the minutes to show which decisions and uppdrag already are one. */
export function useActions() {
  return useQuery({ queryKey: actionKeys.list(), queryFn: () => call('actions.list', {}) })
}
