import { useState } from 'react'
import type { BackupEntry, ImportOpened, Replaced, ReplacePreview } from '../../../../../shared/contract/backups'
import { errorMessage } from '../../../api/client'
import { useImportCommitFile, useImportOpenFile, usePreviewRestore, useRestoreBackup } from '../../../hooks/backups/useBackupsMutations'
import { DATA_TEXTS } from './texts'

export type Pending =
  | { kind: 'restore'; entry: BackupEntry; preview: ReplacePreview }
  | { kind: 'import'; opened: Extract<ImportOpened, { status: 'ready' }>; preview: ReplacePreview }

export interface Outcome {
  intent: 'success' | 'error'
  text: string
  detail: string | null
}

/**
 * Restoring a backup and importing a file share one path: read and check, ask with
 * what will change, and only on her yes replace the register (main keeps what she had).
 */
export function useReplaceFlow() {
  const [pending, setPending] = useState<Pending | null>(null)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const preview = usePreviewRestore()
  const restore = useRestoreBackup()
  const open = useImportOpenFile()
  const commit = useImportCommitFile()
  const fail = (error: unknown): void => setOutcome({ intent: 'error', text: DATA_TEXTS.failed, detail: errorMessage(error) })
  const done = (text: string) => (replaced: Replaced) => {
    setPending(null)
    setOutcome({ intent: 'success', text, detail: replaced.backupPath ? DATA_TEXTS.keptAs(replaced.backupPath) : null })
  }
  return {
    pending,
    outcome,
    busy: preview.isPending || restore.isPending || open.isPending || commit.isPending,
    askRestore(entry: BackupEntry) {
      setOutcome(null)
      preview.mutate(entry.name, { onSuccess: (p) => setPending({ kind: 'restore', entry, preview: p }), onError: fail })
    },
    askImport() {
      setOutcome(null)
      open.mutate(undefined, { onSuccess: (o) => o.status === 'ready' && setPending({ kind: 'import', opened: o, preview: o.preview }), onError: fail })
    },
    confirm() {
      if (pending?.kind === 'restore') restore.mutate(pending.entry.name, { onSuccess: done(DATA_TEXTS.restored), onError: (e) => (setPending(null), fail(e)) })
      if (pending?.kind === 'import') commit.mutate(pending.opened.token, { onSuccess: done(DATA_TEXTS.imported), onError: (e) => (setPending(null), fail(e)) })
    },
    cancel: () => setPending(null)
  }
}
