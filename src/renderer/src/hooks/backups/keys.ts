import { keysFor } from '../../api/keyFactory'

export const backupsKeys = keysFor('backups')
export const BACKUP_LIST_KEY = backupsKeys.list()
