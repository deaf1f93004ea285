import { useMutation, useQueryClient } from '@tanstack/react-query'
import { call } from '../../api/client'
import { useDrafts } from '../../drafts/DraftsProvider'
import { settingsKeys } from '../settings/keys'

/**
 * A restore or an import replaces the whole register. Open drafts are saved first, so
 * none is written afterwards over what came back; then the settings are reset (not just
 * refetched), so the settings form, whose draft holds every field, starts again from
 * the restored values instead of saving the old ones at her next keystroke.
 */
function useReplacing<T, R>(replace: (input: T) => Promise<R>) {
  const client = useQueryClient()
  const drafts = useDrafts()
  return {
    mutationFn: async (input: T): Promise<R> => {
      await drafts.flushAll()
      return replace(input)
    },
    onSuccess: async () => {
      await client.resetQueries({ queryKey: settingsKeys.all })
      await client.invalidateQueries()
    }
  }
}

export function usePreviewRestore() {
  return useMutation({ mutationFn: (name: string) => call('backups.previewRestore', { name }) })
}

export function useRestoreBackup() {
  return useMutation(useReplacing((name: string) => call('backups.restore', { name })))
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
  return useMutation(useReplacing((token: string) => call('backups.importCommit', { token })))
}
