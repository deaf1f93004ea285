import { SCHEMA_VERSION } from '../../../../../shared/domain/database'
import { ReplaceDialog } from './ReplaceDialog'
import { REPLACE_TEXTS, savedAtText } from './texts'
import type { Pending } from './useReplaceFlow'

interface Props {
  pending: Pending | null
  busy: boolean
  onConfirm(): void
  onCancel(): void
}

/** The question for whichever replacement waits for her answer. */
export function PendingReplace({ pending, busy, onConfirm, onCancel }: Props) {
  if (!pending) return null
  const common = { preview: pending.preview, busy, onConfirm, onCancel }
  if (pending.kind === 'restore') {
    return <ReplaceDialog {...common} title={REPLACE_TEXTS.restoreTitle(savedAtText(pending.entry))} confirm={REPLACE_TEXTS.confirmRestore} />
  }
  const { opened } = pending
  const note = opened.schemaVersion < SCHEMA_VERSION ? REPLACE_TEXTS.migrated(opened.appVersion) : undefined
  return <ReplaceDialog {...common} title={REPLACE_TEXTS.importTitle(opened.fileName)} note={note} confirm={REPLACE_TEXTS.confirmImport} />
}
