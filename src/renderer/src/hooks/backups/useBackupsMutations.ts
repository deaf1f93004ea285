import { useMutation, useQueryClient } from '@tanstack/react-query'
import { call } from '../../api/client'

/**
 * After a restore or an import the whole register is another one: every query is
 * refetched, as if the app had started again on it.
 */
function useReplaced() {
  const client = useQueryClient()
  return () => client.invalidateQueries()
}

export function usePreviewRestore() {
  return useMutation({ mutationFn: (name: string) => call('backups.previewRestore', { name }) })
}

export function useRestoreBackup() {
  const replaced = useReplaced()
  return useMutation({ mutationFn: (name: string) => call('backups.restore', { name }), onSuccess: replaced })
}

export function useOpenBackupFolder() {
  return useMutation({ mutationFn: () => call('backups.openFolder') })
}

export function useExportAll() {
  return useMutation({ mutationFn: () => call('backups.export') })
}

export function useImportOpenFile() {
  return useMutation({ mutationFn: () => call('backups.importOpen') })
}

export function useImportCommitFile() {
  const replaced = useReplaced()
  return useMutation({ mutationFn: (token: string) => call('backups.importCommit', { token }), onSuccess: replaced })
}
