import { useQuery } from '@tanstack/react-query'
import { call } from '../../api/client'
import { BACKUP_LIST_KEY } from './keys'

/** The backups in the data folder, newest first, with what each holds. */
export function useBackups() {
  return useQuery({ queryKey: BACKUP_LIST_KEY, queryFn: () => call('backups.list') })
}
