import { makeStyles, Text, tokens } from '@fluentui/react-components'
import type { ImportSummary, ImportUndoSummary } from '../../../../../shared/contract/contacts'
import { IMPORT_TEXTS } from './texts'

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL }
})

function UndoneSummary({ undone }: { undone: ImportUndoSummary }) {
  const styles = useStyles()
  return (
    <div className={styles.root} data-testid="import-undone" role="status">
      <Text as="h3" size={400} weight="semibold">
        {IMPORT_TEXTS.undoneHeading}
      </Text>
      <Text>{IMPORT_TEXTS.removed(undone.removed)}</Text>
      {undone.restored > 0 && <Text>{IMPORT_TEXTS.restored(undone.restored)}</Text>}
      {undone.organisationsRemoved > 0 && <Text>{IMPORT_TEXTS.organisationsRemoved(undone.organisationsRemoved)}</Text>}
      {undone.changedSince.length > 0 && <Text>{IMPORT_TEXTS.changedSince(undone.changedSince)}</Text>}
    </div>
  )
}

/** Step 3: what was added, merged and skipped, and why each skipped row was; after "Ångra importen", what was taken back. */
export function SummaryStep({ summary, undone }: { summary: ImportSummary; undone: ImportUndoSummary | null }) {
  const styles = useStyles()
  if (undone) return <UndoneSummary undone={undone} />
  return (
    <div className={styles.root} data-testid="import-summary" role="status">
      <Text as="h3" size={400} weight="semibold">
        {IMPORT_TEXTS.summaryHeading}
      </Text>
      <Text>{IMPORT_TEXTS.added(summary.added)}</Text>
      <Text>{IMPORT_TEXTS.merged(summary.merged)}</Text>
      {summary.organisationsCreated > 0 && <Text>{IMPORT_TEXTS.organisations(summary.organisationsCreated)}</Text>}
      {summary.skipped.length > 0 && (
        <>
          <Text>{IMPORT_TEXTS.skipped(summary.skipped.length)}</Text>
          <ul className={styles.list}>
            {summary.skipped.map((s) => (
              <li key={s.rowNumber}>{s.reason.startsWith(s.label) ? s.reason : `${s.label}: ${s.reason}`}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}
