import { Field, makeStyles, Select, tokens } from '@fluentui/react-components'
import type { AssignmentRow } from '../../../../shared/contract/assignments'
import { ASSIGNMENT_STATUSES } from '../../../../shared/domain/meetings'
import { ASSIGNMENT_STATUS_LABELS } from '../../../../shared/meetings/labels'
import type { AssignmentFilter } from '../../hooks/assignments/useAssignments'
import { meetingOptions, ownerOptions } from './sort'
import { ASSIGNMENT_TEXTS as T } from './texts'

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'flex-end' },
  field: { minWidth: '200px' }
})

type Filter = NonNullable<AssignmentFilter>
type Key = 'owner' | 'status' | 'meetingId'

interface Props {
  /** Every assignment, unfiltered: the options come from them. */
  all: readonly AssignmentRow[]
  filter: Filter
  onChange(filter: Filter): void
}

interface SelectProps {
  label: string
  none: string
  value: string | undefined
  options: readonly { value: string; label: string }[]
  testId: string
  onChange(value: string): void
}

function FilterSelect({ label, none, value, options, testId, onChange }: SelectProps) {
  const styles = useStyles()
  return (
    <Field label={label} className={styles.field}>
      <Select value={value ?? ''} onChange={(_e, d) => onChange(d.value)} data-testid={testId}>
        <option value="">{none}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </Field>
  )
}

const STATUS_OPTIONS = ASSIGNMENT_STATUSES.map((s) => ({ value: s, label: ASSIGNMENT_STATUS_LABELS[s] }))

/** Ansvarig (people and typed organisations), Status and Möte; "Alla" leaves a filter off. */
export function AssignmentFilters({ all, filter, onChange }: Props) {
  const styles = useStyles()
  const set = (key: Key) => (value: string) => {
    const next: Filter = { ...filter }
    if (value === '') delete next[key]
    else Object.assign(next, { [key]: value })
    onChange(next)
  }
  return (
    <div role="group" aria-label={T.filters} className={styles.bar}>
      <FilterSelect label={T.owner} none={T.allOwners} value={filter.owner} options={ownerOptions(all)} testId="filter-owner" onChange={set('owner')} />
      <FilterSelect label={T.status} none={T.all} value={filter.status} options={STATUS_OPTIONS} testId="filter-status" onChange={set('status')} />
      <FilterSelect label={T.meeting} none={T.allMeetings} value={filter.meetingId} options={meetingOptions(all)} testId="filter-meeting" onChange={set('meetingId')} />
    </div>
  )
}
