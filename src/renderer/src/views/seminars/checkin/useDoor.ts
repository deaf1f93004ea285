import { useMemo, useState } from 'react'
import type { Registration } from '../../../../../shared/domain/seminars'
import { useRegistrationChange } from '../../../hooks/seminars/useRegistrationMutations'
import { formatStamp } from '../stamp'
import { doorList, searchDoor } from './door-list'
import { CHECK_IN_TEXTS as T } from './texts'

/**
 * The door list's state: the query, the highlighted row (↑/↓, Enter ticks it), and the
 * last thing done, said in words with its own Ångra. The list is built once per change of
 * the registrations; each keystroke only filters it.
 */
export function useDoor(registrations: readonly Registration[]) {
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const [said, setSaid] = useState('')
  const all = useMemo(() => doorList(registrations), [registrations])
  const shown = useMemo(() => searchDoor(all, query), [all, query])
  const checkIn = useRegistrationChange('seminars.checkIn')
  const undo = useRegistrationChange('seminars.undoCheckIn')
  const index = Math.min(active, Math.max(shown.length - 1, 0))

  const tick = (r: Registration) =>
    checkIn.mutate(r.id, {
      onSuccess: (c) => {
        setSaid(T.ticked(c.registration.name, formatStamp(c.registration.checkedInAt ?? c.registration.updatedAt).slice(-5)))
        setQuery('')
        setActive(0)
      }
    })
  const untick = (r: Registration) => undo.mutate(r.id, { onSuccess: (c) => setSaid(T.undone(c.registration.name)) })
  const onKey = (key: string): boolean => {
    if (key === 'ArrowDown') setActive(Math.min(index + 1, shown.length - 1))
    else if (key === 'ArrowUp') setActive(Math.max(index - 1, 0))
    else if (key === 'Enter' && shown[index]?.registration.status === 'booked') tick(shown[index].registration)
    else return false
    return true
  }
  return {
    query, shown, index, said, setSaid,
    total: all.length,
    error: checkIn.error ?? undo.error,
    busy: checkIn.isPending || undo.isPending,
    search: (q: string) => (setQuery(q), setActive(0)),
    tick, untick, onKey
  }
}
