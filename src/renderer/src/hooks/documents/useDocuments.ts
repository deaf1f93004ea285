import { useMutation } from '@tanstack/react-query'
import { call } from '../../api/client'

/*
 * Documents are built on request from the data as it stands and never cached, so this
 * domain has no query keys: its reads are mutations that answer once.
 */

/** Builds the meeting's minutes for the in-app preview; each "Förhandsgranska" shows the document as the data stands now. */
export function useMinutesPreview(meetingId: string) {
  return useMutation({ mutationFn: () => call('documents.previewMinutes', { id: meetingId }) })
}
