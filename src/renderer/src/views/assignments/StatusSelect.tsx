import { Select } from '@fluentui/react-components'
import type { Assignment } from '../../../../shared/domain/meetings'
import { ASSIGNMENT_STATUSES } from '../../../../shared/domain/meetings'
import { ASSIGNMENT_STATUS_LABELS } from '../../../../shared/meetings/labels'
import { ASSIGNMENT_TEXTS as T } from './texts'

interface Props {
  assignment: Assignment
  disabled: boolean
  onChange(status: Assignment['status']): void
}

const isStatus = (s: string): s is Assignment['status'] => (ASSIGNMENT_STATUSES as readonly string[]).includes(s)

/** One assignment's status, changed in place; named after the assignment for a screen reader. */
export function StatusSelect({ assignment, disabled, onChange }: Props) {
  return (
    <Select
      aria-label={T.statusOf(assignment.text)}
      value={assignment.status}
      disabled={disabled}
      onChange={(_e, d) => (isStatus(d.value) ? onChange(d.value) : undefined)}
    >
      {ASSIGNMENT_STATUSES.map((s) => (
        <option key={s} value={s}>
          {ASSIGNMENT_STATUS_LABELS[s]}
        </option>
      ))}
    </Select>
  )
}
