import { Button, Field, makeStyles, Select, Text, tokens } from '@fluentui/react-components'
import { IMPORT_ACTIONS, type ImportAction } from '../../../../../shared/contract/contacts'
import type { ReactNode } from 'react'
import type { ImportAnalysis, ImportRow, Register } from '../../../../../shared/contract/contacts'
import { IMPORT_FIELD_LABELS } from '../texts'
import { ACTION_LABELS, IMPORT_TEXTS } from './texts'
import { GroupOptions } from '../options'

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    display: 'grid',
    gridTemplateColumns: '1fr 200px',
    gap: tokens.spacingHorizontalM,
    alignItems: 'center',
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium
  },
  changes: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, color: tokens.colorNeutralForeground2 },
  errors: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, color: tokens.colorPaletteRedForeground1 }
})

interface Props {
  analysis: ImportAnalysis
  register: Register
  decisions: Record<number, ImportAction>
  onDecide(rowNumber: number, action: ImportAction): void
  groupId: string | null
  onGroup(groupId: string | null): void
  /** Asks for the next page of rows to look at. */
  onMore(): void
  busy: boolean
}

function DuplicateRow({ row, action, onDecide }: { row: ImportRow; action: ImportAction; onDecide(a: ImportAction): void }) {
  const styles = useStyles()
  const dup = row.duplicate
  if (!dup || !row.contact) return null
  return (
    <li className={styles.item} data-testid="import-duplicate">
      <div>
        <Text weight="semibold" block>{`${row.label}: ${row.contact.name}`}</Text>
        <Text block>{IMPORT_TEXTS.matches(dup.name, dup.reason, dup.source, dup.rowNumber)}</Text>
        {dup.changes.length > 0 && (
          <ul className={styles.changes} aria-label={IMPORT_TEXTS.changes}>
            {dup.changes.map((c) => (
              <li key={c.field}>{IMPORT_TEXTS.change(IMPORT_FIELD_LABELS[c.field], c.from, c.to)}</li>
            ))}
          </ul>
        )}
      </div>
      <Field label={IMPORT_TEXTS.decision(row.label)}>
        <Select value={action} onChange={(_e, d) => onDecide(d.value as ImportAction)}>
          {IMPORT_ACTIONS.map((a) => (
            <option key={a} value={a}>
              {ACTION_LABELS[a]}
            </option>
          ))}
        </Select>
      </Field>
    </li>
  )
}

/** Step 2: the counts, a decision per duplicate (Slå ihop / Hoppa över / Lägg till), rows with errors, a page at a time. */
export function DecisionsStep({ analysis, register, decisions, onDecide, groupId, onGroup, onMore, busy }: Props) {
  const styles = useStyles()
  const remaining = analysis.total - analysis.rows.length
  return (
    <div className={styles.root}>
      <Text weight="semibold" data-testid="import-counts">
        {IMPORT_TEXTS.counts(analysis.counts)}
      </Text>
      <Duplicates rows={analysis.rows.filter((r) => r.status === 'duplicate')} decisions={decisions} onDecide={onDecide} />
      <RowErrors rows={analysis.rows.filter((r) => r.status === 'error')} />
      {remaining > 0 && (
        <Button onClick={onMore} disabledFocusable={busy} data-testid="import-more">
          {IMPORT_TEXTS.more(remaining)}
        </Button>
      )}
      <Field label={IMPORT_TEXTS.alsoGroup}>
        <Select value={groupId ?? ''} onChange={(_e, d) => onGroup(d.value || null)}>
          <option value="">{IMPORT_TEXTS.noGroup}</option>
          <GroupOptions groups={register.groups} />
        </Select>
      </Field>
    </div>
  )
}

/** A titled part of the step (h3). */
function StepSection({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Text as="h3" id={id} size={400} weight="semibold" block>
        {heading}
      </Text>
      {children}
    </section>
  )
}

function Duplicates({ rows, decisions, onDecide }: { rows: ImportRow[] } & Pick<Props, 'decisions' | 'onDecide'>) {
  const styles = useStyles()
  if (rows.length === 0) return null
  return (
    <StepSection id="import-duplicates" heading={IMPORT_TEXTS.duplicatesHeading}>
      <Text as="p">{IMPORT_TEXTS.duplicatesIntro}</Text>
      <ul className={styles.list}>
        {rows.map((row) => (
          <DuplicateRow key={row.rowNumber} row={row} action={decisions[row.rowNumber] ?? row.proposedAction} onDecide={(a) => onDecide(row.rowNumber, a)} />
        ))}
      </ul>
    </StepSection>
  )
}

/** Every message of the rows that cannot be imported, each naming its row. */
function RowErrors({ rows }: { rows: ImportRow[] }) {
  const styles = useStyles()
  if (rows.length === 0) return null
  return (
    <StepSection id="import-errors" heading={IMPORT_TEXTS.errorsHeading}>
      <ul className={styles.errors} data-testid="import-errors">
        {rows.flatMap((row) => row.errors.map((message) => <li key={`${row.rowNumber}-${message}`}>{message}</li>))}
      </ul>
    </StepSection>
  )
}
