import { Checkbox, Input, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from '@fluentui/react-components'
import { formatLongDate } from '../../../../../shared/format'
import { parseTypedDate } from '../../../../../shared/meetings/time'
import { dateWarnings, type BusySlot } from '../../../../../shared/meetings/warnings'
import type { ProposedDate } from '../../../../../shared/meetings/year-plan'
import { YEAR_PLAN_TEXTS as T } from './texts'

const useStyles = makeStyles({
  date: { width: '130px' },
  keepColumn: { width: '90px' },
  dateColumn: { width: '400px' },
  dateCell: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, whiteSpace: 'nowrap' },
  notes: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  moved: { color: tokens.colorNeutralForeground2 },
  warning: { color: tokens.colorStatusWarningForeground1 }
})

/** Her choice per proposed date: kept or dropped, and the date itself, which she may move. */
export interface Choice {
  keep: boolean
  date: string
}

interface Props {
  proposals: ProposedDate[]
  choices: Record<string, Choice>
  slot: { startTime: string; endTime: string }
  busy: BusySlot[]
  onChoose(ruleDate: string, choice: Choice): void
}

/** Each proposed date with why it was moved and what to think of; a moved date is warned about again. */
export function ProposalTable({ proposals, choices, slot, busy, onChoose }: Props) {
  const styles = useStyles()
  return (
    <Table size="small" aria-labelledby="proposals-heading" data-testid="year-plan-dates">
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.keepColumn}>{T.columns.keep}</TableHeaderCell>
          <TableHeaderCell className={styles.dateColumn}>{T.columns.date}</TableHeaderCell>
          <TableHeaderCell>{T.columns.note}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {proposals.map((p, index) => {
          const choice = choices[p.ruleDate] ?? { keep: true, date: p.date }
          const parsed = parseTypedDate(choice.date)
          const warnings = parsed.ok ? dateWarnings({ id: '', date: parsed.value, ...slot }, busy) : []
          return (
            <TableRow key={p.ruleDate}>
              <TableCell><Checkbox aria-label={T.keep(choice.date)} checked={choice.keep} onChange={(_e, d) => onChoose(p.ruleDate, { ...choice, keep: d.checked === true })} /></TableCell>
              <TableCell className={styles.dateCell}>
                <Input className={styles.date} aria-label={T.dateOf(index + 1)} value={choice.date} onChange={(_e, d) => onChoose(p.ruleDate, { ...choice, date: d.value })} />
                {parsed.ok ? formatLongDate(parsed.value) : <Text className={styles.warning}>{parsed.error}</Text>}
              </TableCell>
              <TableCell>
                <span className={styles.notes}>
                  {p.movedBecause && choice.date === p.date ? <Text className={styles.moved}>{p.movedBecause}</Text> : null}
                  {warnings.map((w) => <Text key={w.kind + w.subject} className={styles.warning}>{w.message}</Text>)}
                </span>
              </TableCell>
            </TableRow>
          )
        })}
      </TableBody>
    </Table>
  )
}
