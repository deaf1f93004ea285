import { useState } from 'react'
import type { ApiInput } from '../../../../../shared/contract'
import type { PriorityArea } from '../../../../../shared/domain/areas'
import { fieldErrors } from '../../../api/client'
import { useAutosave } from '../../../drafts/useAutosave'
import { useSaveArea } from '../../../hooks/areas/useAreaMutations'
import { areaFormOf, parseAreaForm, type AreaForm, type AreaFormErrors } from './area-form'

type Whole = ApiInput<'areas.save'>

const FIELDS = ['name', 'description', 'activeSince', 'closedOn', 'dataSources'] as const

/** The errors main gave for the last save ("closedOn", "dataSources.1"), by form field. */
function savedErrors(error: unknown): AreaFormErrors {
  const byPath = fieldErrors(error)
  const of = (f: string) => Object.entries(byPath).find(([path]) => path === f || path.startsWith(`${f}.`))?.[1]
  return Object.fromEntries(FIELDS.flatMap((f) => (of(f) ? [[f, of(f)]] : [])))
}

/** An area being edited, as the seminar form is: read on every change, saved whole 800 ms after her last change whenever it reads. */
export function useAreaEditor(area: PriorityArea) {
  const [form, setForm] = useState<AreaForm>(() => areaFormOf(area))
  const update = useSaveArea()
  const autosave = useAutosave<Whole>((whole) => update.mutateAsync(whole))
  const parsed = parseAreaForm(form)
  const change = (next: AreaForm) => {
    setForm(next)
    const { facts } = parseAreaForm(next)
    if (facts) autosave.change({ id: area.id, ...facts })
  }
  return {
    form,
    errors: { ...savedErrors(update.error), ...parsed.errors },
    valid: parsed.facts !== null,
    saveState: autosave.state,
    readOnly: autosave.readOnly,
    change,
    flush: autosave.flush
  }
}
