import { Checkbox, Field, Input, makeStyles, Radio, RadioGroup, Select, Text, tokens } from '@fluentui/react-components'
import type { RuleDraft, RuleErrors } from './rule-draft'
import { YEAR_PLAN_TEXTS as T } from './texts'

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(4, minmax(150px, 1fr))', gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`, alignItems: 'start' },
  fieldset: { gridColumn: '1 / -1', border: 'none', margin: 0, padding: 0 },
  months: { display: 'grid', gridTemplateColumns: 'repeat(6, max-content)', columnGap: tokens.spacingHorizontalM },
  error: { color: tokens.colorStatusDangerForeground1 }
})

interface Props {
  draft: RuleDraft
  errors: RuleErrors
  onChange(next: RuleDraft): void
}

/** Weekday, times, and either some months (the first Friday …) or a rhythm of weeks from a date. */
export function RuleFields({ draft, errors, onChange }: Props) {
  const styles = useStyles()
  const set = (key: keyof RuleDraft) => (_e: unknown, d: { value: string }) => onChange({ ...draft, [key]: d.value })
  return (
    <div className={styles.grid}>
      <Field label={T.weekday}>
        <Select value={draft.weekday} onChange={set('weekday')}>{T.weekdays.map((w, i) => <option key={w} value={String(i + 1)}>{w}</option>)}</Select>
      </Field>
      <Field label={T.startTime} validationMessage={errors.startTime}><Input value={draft.startTime} onChange={set('startTime')} /></Field>
      <Field label={T.endTime} validationMessage={errors.endTime}><Input value={draft.endTime} onChange={set('endTime')} /></Field>
      <Field label={T.kind}>
        <RadioGroup value={draft.kind} onChange={set('kind')}>
          <Radio value="months" label={T.months} />
          <Radio value="everyNWeeks" label={T.everyNWeeks} />
        </RadioGroup>
      </Field>
      {draft.kind === 'months' ? <MonthFields {...{ draft, errors, onChange }} /> : <WeekFields {...{ draft, errors, onChange }} />}
    </div>
  )
}

function MonthFields({ draft, errors, onChange }: Props) {
  const styles = useStyles()
  const toggle = (month: number, on: boolean) => onChange({ ...draft, months: on ? [...draft.months, month].sort((a, b) => a - b) : draft.months.filter((m) => m !== month) })
  return (
    <>
      <Field label={T.year} validationMessage={errors.year}><Input type="number" value={draft.year} onChange={(_e, d) => onChange({ ...draft, year: d.value })} /></Field>
      <Field label={T.occurrence}>
        <Select value={draft.occurrence} onChange={(_e, d) => onChange({ ...draft, occurrence: d.value })}>{T.occurrences.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}</Select>
      </Field>
      <fieldset className={styles.fieldset} aria-describedby={errors.months ? 'months-error' : undefined}>
        <legend>{T.months}</legend>
        <div className={styles.months}>
          {T.monthNames.map((name, i) => <Checkbox key={name} label={name} checked={draft.months.includes(i + 1)} onChange={(_e, d) => toggle(i + 1, d.checked === true)} />)}
        </div>
        {errors.months ? <Text id="months-error" size={200} className={styles.error}>{errors.months}</Text> : null}
      </fieldset>
    </>
  )
}

function WeekFields({ draft, errors, onChange }: Props) {
  const set = (key: keyof RuleDraft) => (_e: unknown, d: { value: string }) => onChange({ ...draft, [key]: d.value })
  return (
    <>
      <Field label={T.from} validationMessage={errors.from}><Input value={draft.from} placeholder="ÅÅÅÅ-MM-DD" onChange={set('from')} /></Field>
      <Field label={T.weeks} validationMessage={errors.weeks}><Input type="number" value={draft.weeks} onChange={set('weeks')} /></Field>
      <Field label={T.until} validationMessage={errors.until}><Input value={draft.until} placeholder="ÅÅÅÅ-MM-DD" onChange={set('until')} /></Field>
    </>
  )
}
