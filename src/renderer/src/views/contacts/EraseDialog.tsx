import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens
} from '@fluentui/react-components'
import type { ErasureSummary } from '../../../../shared/contract/contacts'
import type { ContactRow } from '../../../../shared/contacts/search'
import { errorMessage } from '../../api/client'
import { QueryStatus } from '../../components/QueryStatus'
import { useState } from 'react'
import { useEraseContact } from '../../hooks/contacts/useContactMutations'
import { useErasePreview } from '../../hooks/contacts/useContacts'
import { EraseCandidates } from './EraseCandidates'
import { TEXTS } from './texts'

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalM}`, paddingLeft: tokens.spacingHorizontalXL }
})

interface Props {
  contact: ContactRow
  onClose(): void
}

function Lines({ title, lines, testId }: { title: string; lines: string[]; testId: string }) {
  const styles = useStyles()
  return (
    <>
      <Text as="h3" weight="semibold" block>
        {title}
      </Text>
      <ul className={styles.list} data-testid={testId}>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </>
  )
}

/**
 * Radera personuppgifter: first what will be removed and what is kept (held meetings'
 * minutes are public records), from the service's own dry run; afterwards what was done.
 */
export function EraseDialog({ contact, onClose }: Props) {
  // Undefined until she changes a tick: the service then erases what it suggests.
  const [chosen, setChosen] = useState<string[] | undefined>(undefined)
  const preview = useErasePreview(contact.id, chosen)
  const erase = useEraseContact()
  const ticked = chosen ?? preview.data?.candidates.filter((c) => c.suggested).map((c) => c.id) ?? []
  const done: ErasureSummary | undefined = erase.data
  return (
    <Dialog open modalType="alert" onOpenChange={(_e, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{done ? TEXTS.gdpr.erasedTitle(done.name) : TEXTS.gdpr.eraseTitle(contact.name)}</DialogTitle>
          <DialogContent>
            {done ? <ErasedResult done={done} /> : <ErasePreview preview={preview} ticked={ticked} onChange={setChosen} />}
            {erase.error ? (
              <MessageBar intent="error">
                <MessageBarBody>{errorMessage(erase.error)}</MessageBarBody>
              </MessageBar>
            ) : null}
          </DialogContent>
          <DialogActions>
            <EraseActions done={done !== undefined} onClose={onClose} onErase={() => erase.mutate({ id: contact.id, alsoErase: ticked })}
              canErase={!!preview.data && !preview.isPlaceholderData && !erase.isPending} />
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  )
}

/** Avbryt and Radera personuppgifter; once done, Stäng alone. */
function EraseActions({ done, canErase, onClose, onErase }: { done: boolean; canErase: boolean; onClose(): void; onErase(): void }) {
  if (done) {
    return (
      // The confirm button is gone: focus moves here so Esc and Enter keep working.
      <Button appearance="primary" onClick={onClose} autoFocus>
        {TEXTS.gdpr.close}
      </Button>
    )
  }
  return (
    <>
      <Button appearance="primary" onClick={onClose}>
        {TEXTS.form.cancel}
      </Button>
      <Button onClick={onErase} disabledFocusable={!canErase}>
        {TEXTS.gdpr.eraseConfirm}
      </Button>
    </>
  )
}

/** What was removed and what was kept. */
function ErasedResult({ done }: { done: ErasureSummary }) {
  return (
    <div data-testid="erase-result">
      <Lines title={TEXTS.gdpr.removed} lines={done.removed} testId="erase-removed" />
      <Lines title={TEXTS.gdpr.kept} lines={done.kept} testId="erase-kept" />
    </div>
  )
}

/** The dry run: records that may be hers to tick, then what would be removed and kept. */
function ErasePreview({ preview, ticked, onChange }: { preview: ReturnType<typeof useErasePreview>; ticked: string[]; onChange(ids: string[]): void }) {
  return (
    <QueryStatus query={preview} what="vad som raderas">
      {(summary) => (
        <div data-testid="erase-preview">
          <EraseCandidates candidates={summary.candidates} chosen={ticked} onChange={onChange} />
          <Lines title={TEXTS.gdpr.willRemove} lines={summary.removed} testId="erase-removed" />
          <Lines title={TEXTS.gdpr.willKeep} lines={summary.kept} testId="erase-kept" />
          {/* The search reads the register and the meetings, never the files she attached. */}
          <Text as="p" data-testid="erase-attachments-note">
            {TEXTS.gdpr.attachmentsNotSearched}
          </Text>
        </div>
      )}
    </QueryStatus>
  )
}
