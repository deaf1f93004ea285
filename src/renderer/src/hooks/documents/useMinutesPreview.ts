import { useMutation } from '@tanstack/react-query'
import { call } from '../../api/client'

/**
 * Builds the meeting's minutes for the in-app preview. A mutation rather than a
 * cached query: each "Förhandsgranska" shows the document as the data stands now.
 */
export function useMinutesPreview(meetingId: string) {
  return useMutation({ mutationFn: () => call('documents.previewMinutes', { id: meetingId }) })
}
