import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import type { ApiInput } from '../../../../shared/contract'
import type { AgendaItem, Meeting } from '../../../../shared/domain/meetings'
import { call } from '../../api/client'
import { invalidateDomain } from '../../api/queryClient'
import { assignmentKeys } from '../assignments/keys'
import { meetingKeys } from '../meetings/keys'
import { areaKeys } from './keys'

/*
 * Tagging what was said with priority areas. The answer is the item's or decision's new
 * set of areas, written into the cached meeting (its revision stays: a tag does not change
 * the text autosave guards); the areas' timelines and counts are read again.
 */

type Omitted<M extends Parameters<typeof call>[0]> = Omit<ApiInput<M>, 'meetingId'>

function patchItem(client: QueryClient, meetingId: string, itemId: string, change: (item: AgendaItem) => AgendaItem): void {
  client.setQueryData<Meeting>(meetingKeys.detail(meetingId), (m) => (m ? { ...m, agenda: m.agenda.map((i) => (i.id === itemId ? change(i) : i)) } : m))
}

export function useSetItemAreas(meetingId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: Omitted<'minutes.setItemAreas'>) => call('minutes.setItemAreas', { ...input, meetingId }),
    onSuccess: async ({ areaIds }, { itemId }) => {
      patchItem(client, meetingId, itemId, (item) => ({ ...item, areaIds }))
      await invalidateDomain(client, areaKeys.all)
    }
  })
}

export function useSetDecisionAreas(meetingId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: Omitted<'minutes.setDecisionAreas'>) => call('minutes.setDecisionAreas', { ...input, meetingId }),
    onSuccess: async ({ areaIds }, { itemId, decisionId }) => {
      patchItem(client, meetingId, itemId, (item) => ({ ...item, decisions: item.decisions.map((d) => (d.id === decisionId ? { ...d, areaIds } : d)) }))
      await invalidateDomain(client, areaKeys.all)
    }
  })
}

/** An uppdrag's areas; the Uppdrag lists carry them, so they are read again too. */
export function useSetAssignmentAreas() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: ApiInput<'assignments.setAreas'>) => call('assignments.setAreas', input),
    onSuccess: () => Promise.all([invalidateDomain(client, assignmentKeys.all), client.invalidateQueries({ queryKey: areaKeys.all })])
  })
}
