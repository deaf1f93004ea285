import { call } from '../../api/client'
import { useRegisterMutation } from './useRegisterMutation'

/** "Ångra importen": takes back one committed import in one transaction. */
export function useImportUndo() {
  return useRegisterMutation((undoToken: string) => call('contacts.importUndo', { undoToken }))
}
