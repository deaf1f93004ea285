import { useState } from 'react'
import type { ApiInput } from '../../../../../shared/contract'
import type { Seminar } from '../../../../../shared/domain/seminars'
import { fieldErrors } from '../../../api/client'
import { useAutosave } from '../../../drafts/useAutosave'
import { useBusySlots } from '../../../hooks/meetings/useMeetings'
import { useUpdateSeminar } from '../../../hooks/seminars/useSeminarMutations'
import { programOf, rowsOf, type ProgramRow } from '../program/program'
import { parseSeminarForm, seminarFormOf, seminarWarnings, type SeminarForm, type SeminarFormErrors, type SeminarFormField } from './seminar-form'

type Patch = ApiInput<'seminars.update'>['patch']

interface Edit {
  form: SeminarForm
  program: ProgramRow[]
}

const FIELDS: SeminarFormField[] = ['theme', 'date', 'startTime', 'endTime', 'capacity', 'perOrganisationCap', 'registrationDeadline', 'venue', 'cost', 'food']

/** The errors main gave for the last save ("patch.capacity"), by form field. */
function savedErrors(error: unknown): SeminarFormErrors {
  const byPath = fieldErrors(error)
  return Object.fromEntries(FIELDS.flatMap((f) => (byPath[`patch.${f}`] ? [[f, byPath[`patch.${f}`]]] : [])))
}

/**
 * A seminar being edited, as the meeting form is: read with the shared rules on every
 * change and saved by itself 800 ms after her last change whenever it all reads.
 */
export function useSeminarEditor(seminar: Seminar) {
  const [edit, setEdit] = useState<Edit>(() => ({ form: seminarFormOf(seminar), program: rowsOf(seminar.program, () => crypto.randomUUID()) }))
  const update = useUpdateSeminar(seminar.id)
  const autosave = useAutosave<Patch>((patch) => update.mutateAsync(patch))
  const busy = useBusySlots().data ?? []
  const parsed = parseSeminarForm(edit.form)

  const change = (next: Edit) => {
    setEdit(next)
    const { facts } = parseSeminarForm(next.form)
    const program = programOf(next.program)
    if (facts && program) autosave.change({ ...facts, program })
  }
  return {
    ...edit,
    errors: { ...savedErrors(update.error), ...parsed.errors },
    facts: parsed.facts,
    valid: parsed.facts !== null && programOf(edit.program) !== null,
    warnings: seminarWarnings(edit.form, seminar.id, busy),
    saveState: autosave.state,
    readOnly: autosave.readOnly,
    setField: (field: SeminarFormField, value: string) => change({ ...edit, form: { ...edit.form, [field]: value } }),
    setProgram: (program: ProgramRow[]) => change({ ...edit, program }),
    flush: autosave.flush
  }
}
