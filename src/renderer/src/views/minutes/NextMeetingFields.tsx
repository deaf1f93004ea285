import { Field, Input, makeStyles, Radio, RadioGroup, Select, tokens } from '@fluentui/react-components'
import type { MeetingSummary } from '../../../../shared/contract/meetings'
import { formatLongDate, formatTimeRange } from '../../../../shared/format'
import type { NextChoice, NextDraft } from './next-meeting'
import { FINISH_TEXTS as T } from './texts'

const useStyles = makeStyles({ fields: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'flex-end' } })

interface Props {
  draft: NextDraft
  planned: readonly MeetingSummary[]
  errors: Record<string, string>
  readOnly: boolean
  onChange(draft: NextDraft): void
}

/** Nästa möte: one of the planned meetings, or a date and time she types, or not decided. */
export function NextMeetingFields({ draft, planned, errors, readOnly, onChange }: Props) {
  const styles = useStyles()
  const set = (change: Partial<NextDraft>) => onChange({ ...draft, ...change })
  return (
    <>
      <RadioGroup layout="horizontal" aria-label={T.nextHeading} value={draft.choice} disabled={readOnly} onChange={(_e, d) => set({ choice: d.value as NextChoice })}>
        <Radio value="planned" label={T.nextPlanned} disabled={readOnly || planned.length === 0} />
        <Radio value="typed" label={T.nextTyped} />
        <Radio value="none" label={T.nextNone} />
      </RadioGroup>
      {draft.choice === 'planned' ? (
        <Field label={T.nextMeeting} validationMessage={errors['nextMeeting.meetingId']}>
          <Select value={draft.meetingId} disabled={readOnly} onChange={(_e, d) => set({ meetingId: d.value })}>
            {planned.map((m) => <option key={m.id} value={m.id}>{`${formatLongDate(m.date)} ${formatTimeRange(m.startTime, m.endTime)}`}</option>)}
          </Select>
        </Field>
      ) : null}
      {draft.choice === 'typed' ? (
        <div className={styles.fields}>
          <Field label={T.date} hint="ÅÅÅÅ-MM-DD" validationMessage={errors['nextMeeting.date']}>
            <Input value={draft.date} readOnly={readOnly} onChange={(_e, d) => set({ date: d.value })} />
          </Field>
          <Field label={T.start} validationMessage={errors['nextMeeting.startTime']}>
            <Input value={draft.startTime} readOnly={readOnly} onChange={(_e, d) => set({ startTime: d.value })} />
          </Field>
          <Field label={T.end} validationMessage={errors['nextMeeting.endTime']}>
            <Input value={draft.endTime} readOnly={readOnly} onChange={(_e, d) => set({ endTime: d.value })} />
          </Field>
        </div>
      ) : null}
    </>
  )
}
