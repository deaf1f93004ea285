import { Field } from '@fluentui/react-components'
import { DatePicker } from '@fluentui/react-datepicker-compat'
import { useMemo, useState } from 'react'
import { useToday } from '../../../hooks/app/useApp'
import { dateOfText, isoOfDate, isShownDate, MONDAY, SWEDISH_CALENDAR, SWEDISH_DATES } from './date-picker'
import { FORM_TEXTS as T } from './texts'

interface Props {
  label: string
  value: string
  error: string | undefined
  hint?: string
  className?: string
  testId?: string
  onChange(value: string): void
}

/**
 * The meeting date: typed as she likes ("20190510", read by the shared rules as she
 * types) or picked in a calendar that opens with ↓ or the calendar button, weeks from
 * Monday, "Gå till idag" by main's clock.
 */
export function DateField({ label, value, error, hint, className, testId, onChange }: Props) {
  // The calendar follows the text only once it is a whole date, so it never rewrites "2019-05-1" while she types.
  const [shown, setShown] = useState(() => (isShownDate(value) ? value : ''))
  if (isShownDate(value) && value.trim() !== shown) setShown(value.trim())
  const picked = useMemo(() => (shown ? dateOfText(shown) : null), [shown])
  const todayIso = useToday()
  const today = useMemo(() => (todayIso ? (dateOfText(todayIso) ?? undefined) : undefined), [todayIso])
  return (
    <Field label={label} validationMessage={error} hint={error ? undefined : hint} className={className}>
      <DatePicker
        allowTextInput
        openOnClick={false}
        value={picked}
        today={today}
        firstDayOfWeek={MONDAY}
        strings={SWEDISH_CALENDAR}
        dateTimeFormatter={SWEDISH_DATES}
        formatDate={isoOfDate}
        parseDateFromString={dateOfText}
        placeholder={T.datePlaceholder}
        contentAfter={{ 'aria-label': T.openCalendar, 'aria-labelledby': undefined }}
        data-testid={testId}
        onChange={(_e, d) => onChange(d.value)}
        onSelectDate={(date) => onChange(isoOfDate(date))}
      />
    </Field>
  )
}
