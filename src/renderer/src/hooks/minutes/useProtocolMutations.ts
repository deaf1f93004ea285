import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import type { ApiInput } from '../../../../shared/contract'
import type { Meeting } from '../../../../shared/domain/meetings'
import { call } from '../../api/client'
import { keysFor } from '../../api/keyFactory'
import { storeMeeting } from '../meetings/useMeetingMutations'

/** The minutes editor's own queries read the same meeting; after a protokoll change (a lock, an unlock) they read it again. */
const minutesKeys = keysFor('minutes')

async function protocolChanged(client: QueryClient, meeting: Meeting): Promise<void> {
  await Promise.all([storeMeeting(client, meeting), client.invalidateQueries({ queryKey: minutesKeys.all })])
}

type Fields = Omit<ApiInput<'minutes.setProtocol'>, 'meetingId'>

/** Kind, Vid protokollet, ordförande, justerare, justering date and place (autosave sends the changed ones). */
export function useSetProtocol(meetingId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (fields: Fields) => call('minutes.setProtocol', { meetingId, ...fields }),
    onSuccess: (meeting) => protocolChanged(client, meeting)
  })
}

/** Utkast → Skickad för justering → Justerat, or back to Utkast. */
export function useProtocolStep(meetingId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (step: Omit<ApiInput<'minutes.protocolStep'>, 'meetingId'>) => call('minutes.protocolStep', { meetingId, ...step }),
    onSuccess: (meeting) => protocolChanged(client, meeting)
  })
}

/** "Lås upp för ändring" with her reason, kept in the meeting's history. */
export function useUnlockProtocol(meetingId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (reason: string) => call('minutes.unlock', { meetingId, reason }),
    onSuccess: (meeting) => protocolChanged(client, meeting)
  })
}

/** "Skicka för justering": the .eml draft to the justerare only; the protokoll becomes Skickad för justering. */
export function useSendForApproval(meetingId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => call('minutes.sendForApproval', { meetingId }),
    onSuccess: (sent) => protocolChanged(client, sent.meeting)
  })
}
