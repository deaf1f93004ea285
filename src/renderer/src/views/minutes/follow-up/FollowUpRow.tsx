import { Field, Input, makeStyles, Radio, RadioGroup, Text, tokens } from '@fluentui/react-components'
import { useState } from 'react'
import type { AssignmentRow } from '../../../../../shared/contract/assignments'
import { FOLLOW_UP_OUTCOMES, type FollowUp } from '../../../../../shared/domain/meetings'
import { FOLLOW_UP_LABELS, followUpAt } from '../../../../../shared/meetings/follow-up'
import { FOLLOW_UP_TEXTS as T } from './texts'

const useStyles = makeStyles({
  row: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, padding: `${tokens.spacingVerticalS} 0`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  meta: { color: tokens.colorNeutralForeground2 },
  controls: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'flex-end' },
  note: { minWidth: '280px', flexGrow: 1 }
})

type Outcome = FollowUp['outcome']
const isOutcome = (s: string): s is Outcome => (FOLLOW_UP_OUTCOMES as readonly string[]).includes(s)

interface Props {
  row: AssignmentRow
  meetingId: string
  readOnly: boolean
  onReport(outcome: Outcome | null, note: string): void
}

/** One assignment: what it is, then klart / pågår / struket (or nothing yet) and a short note, saved as she chooses. */
export function FollowUpRow({ row, meetingId, readOnly, onReport }: Props) {
  const styles = useStyles()
  const a = row.assignment
  const reported = followUpAt(a, meetingId)
  const [note, setNote] = useState(reported?.note ?? '')
  const outcome = reported?.outcome ?? ''
  const meta = [T.given(row.meetingDate ?? '', row.owner), a.dueDate ? T.due(a.dueDate) : ''].filter((s) => s !== '').join(', ')
  return (
    <li className={styles.row} data-testid="follow-up-row">
      <Text weight="semibold">{a.text}</Text>
      <Text size={200} className={styles.meta}>
        {meta}
      </Text>
      <div className={styles.controls}>
        <RadioGroup layout="horizontal" aria-label={T.outcome(a.text)} value={outcome} disabled={readOnly}
          onChange={(_e, d) => onReport(isOutcome(d.value) ? d.value : null, note)}>
          <Radio value="" label={T.notReported} />
          {FOLLOW_UP_OUTCOMES.map((o) => (
            <Radio key={o} value={o} label={FOLLOW_UP_LABELS[o]} />
          ))}
        </RadioGroup>
        <Field label={T.note} className={styles.note}>
          <Input value={note} readOnly={readOnly} aria-label={T.noteFor(a.text)} maxLength={500}
            onChange={(_e, d) => setNote(d.value)} onBlur={() => (reported && note !== reported.note ? onReport(reported.outcome, note) : undefined)} />
        </Field>
      </div>
    </li>
  )
}
