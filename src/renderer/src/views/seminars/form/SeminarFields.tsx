import { Field, makeStyles, Select, Textarea, tokens } from '@fluentui/react-components'
import { SEMINAR_KINDS, SEMINAR_TARGETS } from '../../../../../shared/domain/seminars'
import { formatLongDate, formatTimeRange } from '../../../../../shared/format'
import { parseTypedDate, parseTypedTime } from '../../../../../shared/meetings/time'
import type { DateWarning } from '../../../../../shared/meetings/warnings'
import { DateField } from '../../meetings/form/DateField'
import { DateWarnings } from '../../meetings/form/DateWarnings'
import { TypedField } from '../../meetings/form/TypedField'
import { KIND_LABELS, TARGET_LABELS } from '../texts'
import type { SeminarForm, SeminarFormErrors, SeminarFormField } from './seminar-form'
import { SEMINAR_FORM_TEXTS as T } from './texts'

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(4, minmax(160px, 1fr))', gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`, alignItems: 'start' },
  wide: { gridColumn: 'span 2' },
  full: { gridColumn: '1 / -1' }
})

interface Props {
  form: SeminarForm
  errors: SeminarFormErrors
  warnings: DateWarning[]
  readOnly: boolean
  onChange(field: SeminarFormField, value: string): void
}

const readDate = (text: string) => {
  const d = parseTypedDate(text)
  return d.ok ? T.reads(formatLongDate(d.value)) : undefined
}
const readTime = (text: string) => {
  const t = parseTypedTime(text)
  return t.ok ? T.reads(formatTimeRange(t.value)) : undefined
}

/** What the invitation says: kind and audience, theme, when (with the meetings' date warnings), where, seats. */
export function SeminarFields({ form, errors, warnings, readOnly, onChange }: Props) {
  const styles = useStyles()
  const text = (name: SeminarFormField, label: string, extra: { hint?: string; placeholder?: string; className?: string } = {}) => (
    <TypedField label={label} value={form[name]} error={errors[name]} readOnly={readOnly} testId={`seminar-${name}`} onChange={(v) => onChange(name, v)} {...extra} />
  )
  const area = (name: SeminarFormField, label: string, className = styles.wide) => (
    <Field label={label} validationMessage={errors[name]} className={className}>
      <Textarea value={form[name]} readOnly={readOnly} resize="vertical" onChange={(_e, d) => onChange(name, d.value)} />
    </Field>
  )
  return (
    <div className={styles.grid}>
      <Choice label={T.kind} value={form.kind} labels={KIND_LABELS} keys={SEMINAR_KINDS} readOnly={readOnly} onChange={(v) => onChange('kind', v)} />
      <Choice label={T.target} value={form.target} labels={TARGET_LABELS} keys={SEMINAR_TARGETS} readOnly={readOnly} onChange={(v) => onChange('target', v)} />
      {text('theme', T.theme, { className: styles.wide })}
      {area('lead', T.lead, styles.full)}
      {readOnly ? text('date', T.date, { hint: readDate(form.date) }) : (
        <DateField label={T.date} value={form.date} error={errors.date} hint={readDate(form.date)} testId="seminar-date" onChange={(v) => onChange('date', v)} />
      )}
      {text('startTime', T.startTime, { hint: readTime(form.startTime), placeholder: T.timePlaceholder })}
      {text('endTime', T.endTime, { hint: readTime(form.endTime), placeholder: T.timePlaceholder })}
      {text('registrationDeadline', T.registrationDeadline, { hint: readDate(form.registrationDeadline), placeholder: T.datePlaceholder })}
      <div className={styles.full}><DateWarnings warnings={warnings} /></div>
      {text('venue', T.venue, { className: styles.wide })}
      {area('accessNotes', T.accessNotes)}
      {text('capacity', T.capacity)}
      {text('perOrganisationCap', T.perOrganisationCap)}
      {text('cost', T.cost)}
      {text('food', T.food)}
      {area('partners', T.partners)}
    </div>
  )
}

interface ChoiceProps<K extends string> {
  label: string
  value: K
  keys: readonly K[]
  labels: Record<K, string>
  readOnly: boolean
  onChange(value: string): void
}

function Choice<K extends string>({ label, value, keys, labels, readOnly, onChange }: ChoiceProps<K>) {
  return (
    <Field label={label}>
      <Select value={value} disabled={readOnly} onChange={(_e, d) => onChange(d.value)}>
        {keys.map((k) => <option key={k} value={k}>{labels[k]}</option>)}
      </Select>
    </Field>
  )
}
