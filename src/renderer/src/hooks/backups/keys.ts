import { keysFor } from '../../api/keys'

export const backupsKeys = keysFor('backups')
export const BACKUP_LIST_KEY = backupsKeys.list()
