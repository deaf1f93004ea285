import { makeStyles, tokens } from '@fluentui/react-components'
import { formatLongDate, formatTimeRange } from '../../../../../shared/format'
import { parseTypedDate, parseTypedTime } from '../../../../../shared/meetings/time'
import type { DateWarning } from '../../../../../shared/meetings/warnings'
import type { Place } from '../../../../../shared/domain/meetings'
import { DateField } from './DateField'
import { DateWarnings } from './DateWarnings'
import type { DraftErrors, DraftField, MeetingDraft } from './draft'
import { RecentPlaces } from './RecentPlaces'
import { FORM_TEXTS as T } from './texts'
import { TypedField } from './TypedField'

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(4, minmax(160px, 1fr))', gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`, alignItems: 'start' },
  wide: { gridColumn: 'span 2' },
  warnings: { gridColumn: '1 / -1' },
  full: { gridColumn: 'span 2' }
})

interface Props {
  draft: MeetingDraft
  errors: DraftErrors
  warnings: DateWarning[]
  readOnly: boolean
  onChange(field: DraftField, value: string): void
  onPlace(place: Place): void
}

const readDate = (text: string) => {
  const d = parseTypedDate(text)
  return d.ok ? T.reads(formatLongDate(d.value)) : undefined
}
const readTime = (text: string) => {
  const t = parseTypedTime(text)
  return t.ok ? T.reads(formatTimeRange(t.value)) : undefined
}

/** When and where: the date and times as she types them, the place, Dnr and whom to tell about absence. */
export function MeetingFields({ draft, errors, warnings, readOnly, onChange, onPlace }: Props) {
  const styles = useStyles()
  const field = (name: DraftField, label: string, extra: { hint?: string; placeholder?: string; className?: string } = {}) => (
    <TypedField label={label} value={draft[name]} error={errors[name]} readOnly={readOnly} testId={`field-${name}`} onChange={(v) => onChange(name, v)} {...extra} />
  )
  return (
    <div className={styles.grid}>
      {readOnly ? field('date', T.date, { hint: readDate(draft.date) }) : (
        <DateField label={T.date} value={draft.date} error={errors.date} hint={readDate(draft.date)} testId="field-date" onChange={(v) => onChange('date', v)} />
      )}
      {field('startTime', T.startTime, { hint: readTime(draft.startTime), placeholder: T.timePlaceholder })}
      {field('endTime', T.endTime, { hint: readTime(draft.endTime), placeholder: T.timePlaceholder })}
      {field('council', T.council, { hint: T.councilHint })}
      <div className={styles.warnings}>
        <DateWarnings warnings={warnings} />
      </div>
      {readOnly ? null : <RecentPlaces className={styles.full} onPick={onPlace} />}
      {field('address', T.address, { className: styles.wide })}
      {field('floor', T.floor)}
      {field('room', T.room)}
      {field('videoLink', T.videoLink, { className: styles.wide })}
      {field('caseNumber', T.caseNumber)}
      {field('apologiesTo', T.apologiesTo)}
      {field('apologiesBy', T.apologiesBy, { hint: readDate(draft.apologiesBy), placeholder: T.datePlaceholder })}
    </div>
  )
}
