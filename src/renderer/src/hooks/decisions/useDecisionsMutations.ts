import { useMutation } from '@tanstack/react-query'
import { call } from '../../api/client'

/** The decisions that match `query` as .xlsx through the save dialog. */
export function useExportDecisions() {
  return useMutation({ mutationFn: (query: string) => call('decisions.export', { query }) })
}
