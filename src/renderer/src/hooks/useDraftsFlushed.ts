import { useMutation } from '@tanstack/react-query'
import { call } from '../api/client'

/** The answer to main's before-quit request: every draft has been saved (or failed to). */
export function useDraftsFlushed() {
  return useMutation({ mutationFn: (requestId: string) => call('app.draftsFlushed', { requestId }) })
}
