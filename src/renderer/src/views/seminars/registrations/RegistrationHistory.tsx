import { TableCell, TableRow } from '@fluentui/react-components'
import type { Registration } from '../../../../../shared/domain/seminars'
import { REGISTRATION_STATUS_LABELS } from '../../../../../shared/seminars/labels'
import { formatStamp } from '../stamp'
import { REGISTRATION_TEXTS as T } from './texts'

/** Every status the registration has had, and when, oldest first (a row across the table). */
export function RegistrationHistory({ registration: r }: { registration: Registration }) {
  return (
    <TableRow>
      <TableCell colSpan={6}>
        <ol aria-label={T.historyLabel(r.name)} data-testid="registration-history">
          {r.history.map((h, i) => <li key={`${h.at}-${i}`}>{`${formatStamp(h.at)}: ${REGISTRATION_STATUS_LABELS[h.status]}`}</li>)}
        </ol>
      </TableCell>
    </TableRow>
  )
}
