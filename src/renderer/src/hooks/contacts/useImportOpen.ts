import { useMutation } from '@tanstack/react-query'
import { call } from '../../api/client'

/** Asks for a file (xlsx, csv, vcf) and reads it; nothing is stored. Null when she cancels. */
export function useImportOpen() {
  return useMutation({ mutationFn: () => call('contacts.importOpen') })
}
