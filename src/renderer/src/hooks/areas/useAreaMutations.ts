import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { ApiInput } from '../../../../shared/contract'
import { call } from '../../api/client'
import { invalidateDomain } from '../../api/queryClient'
import { areaKeys } from './keys'

/**
 * A new area, or the whole of one as her form has it (the autosave calls it). The list
 * rows and the timeline carry counts and names only main computes, so they are read again;
 * the form she edits keeps its own text.
 */
export function useSaveArea() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: ApiInput<'areas.save'>) => call('areas.save', input),
    onSuccess: () => invalidateDomain(client, areaKeys.all)
  })
}
