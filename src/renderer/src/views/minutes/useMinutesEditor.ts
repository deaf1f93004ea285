import { useMemo, useRef } from 'react'
import type { AssignmentRow } from '../../../../shared/contract/assignments'
import type { Meeting } from '../../../../shared/domain/meetings'
import { rollCall } from '../../../../shared/meetings/attendance'
import { useCommand } from '../../commands/CommandsProvider'
import { useReadOnly } from '../../drafts/ReadOnlyContext'
import { useMeetingAssignments } from '../../hooks/minutes/useMinutes'
import type { ActiveItem, ItemHandle } from './active-item'
import { minutesModel } from './view-model'

const NONE: readonly AssignmentRow[] = []

/** The assignments per item, as stable arrays, so an item re-renders only when its own change. */
function useAssignmentsByItem(meetingId: string): (itemId: string) => readonly AssignmentRow[] {
  const assignments = useMeetingAssignments(meetingId)
  const byItem = useMemo(() => {
    const map = new Map<string, AssignmentRow[]>()
    for (const row of assignments.data ?? []) map.set(row.assignment.agendaItemId ?? '', [...(map.get(row.assignment.agendaItemId ?? '') ?? []), row])
    return map
  }, [assignments.data])
  return (itemId) => byItem.get(itemId) ?? NONE
}

/**
 * The editor's parts, each kept the same value until what it shows changes (the panels
 * and items are memoised on them), and the Beslut/Uppdrag shortcuts on the item she is in.
 */
export function useMinutesEditor(meeting: Meeting) {
  const storeReadOnly = useReadOnly()
  const model = useMemo(() => minutesModel(meeting, storeReadOnly), [meeting, storeReadOnly])
  const people = useMemo(() => rollCall(meeting.invitees, meeting.attendance), [meeting.invitees, meeting.attendance])
  const itemKey = meeting.agenda.map((i) => i.id).join(' ')
  const items = useMemo(() => itemKey.split(' ').filter(Boolean).map((itemId, i) => ({ itemId, number: i + 1 })), [itemKey])
  const assignmentsOf = useAssignmentsByItem(meeting.id)
  const handle = useRef<ItemHandle | null>(null)
  const active = useMemo<ActiveItem>(() => ({ set: (h) => void (handle.current = h), get: () => handle.current }), [])
  useCommand('minutes.addDecision', () => handle.current?.addDecision())
  useCommand('minutes.addAssignment', () => handle.current?.addAssignment())
  return { model, people, items, assignmentsOf, active }
}
