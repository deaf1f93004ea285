import { Badge, Button, Input, makeStyles, TableCell, TableRow, tokens } from '@fluentui/react-components'
import { Dismiss20Regular, History20Regular, Mail20Regular, PersonArrowRight20Regular } from '@fluentui/react-icons'
import { useState } from 'react'
import type { Registration } from '../../../../../shared/domain/seminars'
import { formatStamp } from '../stamp'
import { readSeats } from './registration-form'
import { RegistrationHistory } from './RegistrationHistory'
import { REGISTRATION_TEXTS as T } from './texts'
import type { useRegistrationActions } from './useRegistrationActions'

const useStyles = makeStyles({
  seats: { width: '56px' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, paddingBlock: tokens.spacingVerticalXXS },
  badge: { marginLeft: tokens.spacingHorizontalXS }
})

interface Props {
  registration: Registration
  /** Its place on the waiting list, or null. */
  position: number | null
  readOnly: boolean
  actions: ReturnType<typeof useRegistrationActions>
}

/** One registration: seats changed in place (Enter or leaving the field), confirmation, cancel, promote, history. */
export function RegistrationRow({ registration: r, position, readOnly, actions }: Props) {
  const styles = useStyles()
  const [seats, setSeats] = useState(String(r.seats))
  const [open, setOpen] = useState(false)
  const live = r.status === 'booked' || r.status === 'waitlisted'
  const commit = () => {
    const n = readSeats(seats)
    if (n === null) setSeats(String(r.seats))
    else if (n !== r.seats) actions.seats(r, n)
  }
  return (
    <>
      <TableRow data-testid="registration-row">
        <TableCell>
          {position ? `${position}. ` : ''}{r.name}
          {r.late ? <Badge className={styles.badge} appearance="tint" color="warning">{T.late}</Badge> : null}
          {r.walkIn ? <Badge className={styles.badge} appearance="tint" color="informative">{T.walkIn}</Badge> : null}
        </TableCell>
        <TableCell>{r.organisation}</TableCell>
        <TableCell>
          {live && !readOnly ? <Input className={styles.seats} aria-label={T.seatsLabel(r.name)} value={seats} inputMode="numeric" onChange={(_e, d) => setSeats(d.value)} onBlur={commit} onKeyDown={(e) => e.key === 'Enter' && commit()} /> : r.seats}
        </TableCell>
        <TableCell>{r.dietaryNeeds}</TableCell>
        <TableCell>{formatStamp(r.registeredAt)}</TableCell>
        <TableCell>
          <span className={styles.actions}>
            {live && !readOnly ? <Button size="small" icon={<Mail20Regular />} aria-label={T.confirmLabel(r.name)} disabledFocusable={actions.busy} onClick={() => actions.confirm(r)}>{T.confirm}</Button> : null}
            {r.status === 'waitlisted' && !readOnly ? <Button size="small" icon={<PersonArrowRight20Regular />} aria-label={T.promoteLabel(r.name)} disabledFocusable={actions.busy} onClick={() => actions.give(r)}>{T.promote}</Button> : null}
            {live && !readOnly ? <Button size="small" icon={<Dismiss20Regular />} aria-label={T.cancelLabel(r.name)} disabledFocusable={actions.busy} onClick={() => actions.cancel(r)}>{T.cancel}</Button> : null}
            <Button size="small" appearance="subtle" icon={<History20Regular />} aria-label={T.historyLabel(r.name)} title={T.history} aria-expanded={open} onClick={() => setOpen(!open)} />
          </span>
        </TableCell>
      </TableRow>
      {open ? <RegistrationHistory registration={r} /> : null}
    </>
  )
}
