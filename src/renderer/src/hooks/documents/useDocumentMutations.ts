import { useMutation } from '@tanstack/react-query'
import { call } from '../../api/client'

/** "Spara som Word…": the OS save dialog, then the file; resolves to a SaveResult (saved with path, cancelled, failed). */
export function useSaveMinutes(meetingId: string) {
  return useMutation({ mutationFn: () => call('documents.saveMinutes', { id: meetingId }) })
}
