import { useState } from 'react'
import type { ApiInput } from '../../../../../shared/contract'
import type { ActionRow } from '../../../../../shared/contract/areas'
import type { DecidedAction } from '../../../../../shared/domain/areas'
import { parseTypedDate } from '../../../../../shared/meetings/time'
import { fieldErrors } from '../../../api/client'
import { useAutosave } from '../../../drafts/useAutosave'
import { useSaveAction } from '../../../hooks/areas/useActionMutations'

type Whole = ApiInput<'actions.save'>
type Owner = Whole['owner']

interface Fields {
  owner: string
  startDate: string
}

/** The owner she typed: the register contact it was while the name is unchanged, else the name as typed, or nobody. */
function ownerOf(row: ActionRow, typed: string): Owner {
  const name = typed.trim()
  if (row.action.ownerContactId && name === row.owner) return { kind: 'contact', contactId: row.action.ownerContactId }
  return name === '' ? { kind: 'none' } : { kind: 'text', name }
}

const readStart = (text: string) => (text.trim() === '' ? { ok: true as const, value: null } : parseTypedDate(text))

/**
 * Owner and start of one insats, saved by themselves 800 ms after her last keystroke
 * whenever the date reads; the status is saved at once. Each save sends the whole insats.
 */
export function useActionFields(row: ActionRow) {
  const { action } = row
  const [fields, setFields] = useState<Fields>({ owner: row.owner, startDate: action.startDate ?? '' })
  const save = useSaveAction()
  const whole = (next: Fields, status: DecidedAction['status'], startDate: string | null): Whole =>
    ({ id: action.id, title: action.title, areaIds: action.areaIds, owner: ownerOf(row, next.owner), startDate, status })
  const autosave = useAutosave<Whole>((input) => save.mutateAsync(input))
  const start = readStart(fields.startDate)
  const change = (next: Fields) => {
    setFields(next)
    const read = readStart(next.startDate)
    if (read.ok) autosave.change(whole(next, action.status, read.value))
  }
  const saved = fieldErrors(save.error)
  return {
    fields,
    errors: { owner: saved['owner.name'], startDate: start.ok ? saved.startDate : start.error },
    saveState: autosave.state,
    readOnly: autosave.readOnly,
    change,
    setStatus: (status: DecidedAction['status']) => save.mutate(whole(fields, status, start.ok ? start.value : action.startDate))
  }
}
