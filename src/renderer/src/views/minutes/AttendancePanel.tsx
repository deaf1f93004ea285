import { Button, makeStyles, Text, tokens } from '@fluentui/react-components'
import { PeopleCheckmark24Regular } from '@fluentui/react-icons'
import { memo, useState } from 'react'
import type { RollCallRow } from '../../../../shared/meetings/attendance'
import { fieldErrors } from '../../api/client'
import { useAddGuest, useAddSubstitute, useMarkAllPresent, useSetAttendance } from '../../hooks/minutes/useMinutesMutations'
import { AttendanceRow, type RowActions } from './AttendanceRow'
import { PersonForm } from './PersonForm'
import { ATTENDANCE_TEXTS as T } from './texts'
import type { ItemRef } from './AttendanceRow'
import { ATTENDANCE_LABELS } from '../../../../shared/meetings/labels'

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  head: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
  list: { margin: 0, padding: 0, listStyleType: 'none' }
})

interface Props {
  meetingId: string
  rollCall: readonly RollCallRow[]
  /** The items by number, for "från punkt" and "t.o.m. punkt". */
  items: readonly ItemRef[]
  readOnly: boolean
}

/** Närvaro: a row per invitee (then guests and substitutes), "Alla närvarande", add a guest. Re-rendered only when these change. */
export const AttendancePanel = memo(function AttendancePanel({ meetingId: id, rollCall, items, readOnly }: Props) {
  const styles = useStyles()
  const set = useSetAttendance(id)
  const all = useMarkAllPresent(id)
  const guest = useAddGuest(id)
  const sub = useAddSubstitute(id)
  const [said, setSaid] = useState('')
  const actions: RowActions = {
    setStatus: (key, status) => {
      set.mutate({ key, status })
      setSaid(`${rollCall.find((r) => r.key === key)?.name ?? ''}: ${ATTENDANCE_LABELS[status]}`)
    },
    setSpan: (key, end, itemId) => set.mutate({ key, [end]: itemId }),
    substitute: (forKey, person) => sub.mutate({ forKey, person })
  }
  const present = rollCall.filter((r) => r.status === 'present').length
  return (
    <section className={styles.section} aria-labelledby="roll-call-heading">
      <div className={styles.head}>
        <Text as="h2" id="roll-call-heading" size={500} weight="semibold" className={styles.heading}>{T.heading}</Text>
        <Text data-testid="roll-call-count">{T.counts(present, rollCall.length)}</Text>
        {readOnly ? null : <Button icon={<PeopleCheckmark24Regular />} onClick={() => all.mutate({})}>{T.allPresent}</Button>}
      </div>
      <Text id="roll-call-keys" size={200}>{T.keys}</Text>
      <ul className={styles.list} aria-label={T.heading}>
        {rollCall.map((row) => (
          <AttendanceRow key={row.key} row={row} items={items} readOnly={readOnly} describedBy="roll-call-keys" actions={actions} />
        ))}
      </ul>
      <div role="status" aria-live="polite" data-testid="roll-call-said">{said}</div>
      {readOnly ? null : (
        <>
          <Text as="h3" weight="semibold" className={styles.heading}>{T.guestHeading}</Text>
          <PersonForm idPrefix="guest" error={fieldErrors(guest.error)['person.name'] ?? fieldErrors(sub.error)['person.name']} onSubmit={(person) => guest.mutate({ person })} />
        </>
      )}
    </section>
  )
})
