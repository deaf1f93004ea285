import type { PriorityArea } from '../../../../../shared/domain/areas'
import { parseTypedDate } from '../../../../../shared/meetings/time'

/**
 * An area as she types it: the dates are strings ("2019-1-15" may stand while she types),
 * read with the shared date rules on every change; an empty date box means "not known"
 * (aktivt sedan) or "still active" (avslutat).
 */
export interface AreaForm {
  name: string
  kind: PriorityArea['kind']
  description: string
  activeSince: string
  closedOn: string
  dataSources: string[]
}
export type AreaFormField = Exclude<keyof AreaForm, 'dataSources' | 'kind'>
export type AreaFacts = Pick<PriorityArea, 'name' | 'kind' | 'description' | 'activeSince' | 'closedOn' | 'dataSources'>
export type AreaFormErrors = Partial<Record<keyof AreaForm, string>>

export const areaFormOf = (a: AreaFacts): AreaForm => ({
  name: a.name, kind: a.kind, description: a.description, activeSince: a.activeSince ?? '', closedOn: a.closedOn ?? '', dataSources: [...a.dataSources]
})

function readOptionalDate(text: string): { value: string | null; error?: string } {
  if (text.trim() === '') return { value: null }
  const d = parseTypedDate(text)
  return d.ok ? { value: d.value } : { value: null, error: d.error }
}

/** The stored values, or null with the reasons while anything does not read. */
export function parseAreaForm(form: AreaForm): { facts: AreaFacts | null; errors: AreaFormErrors } {
  const errors: AreaFormErrors = {}
  const since = readOptionalDate(form.activeSince)
  const closed = readOptionalDate(form.closedOn)
  if (form.name.trim() === '') errors.name = 'Ange områdets namn'
  if (since.error) errors.activeSince = since.error
  if (closed.error) errors.closedOn = closed.error
  if (since.value && closed.value && closed.value < since.value) errors.closedOn = 'Avslutat kan inte vara före aktivt sedan'
  if (Object.keys(errors).length > 0) return { facts: null, errors }
  const dataSources = form.dataSources.map((s) => s.trim()).filter(Boolean)
  return { facts: { name: form.name.trim(), kind: form.kind, description: form.description, activeSince: since.value, closedOn: closed.value, dataSources }, errors }
}

/** A source added to the list, unless it is blank or already there (as she wrote it, case aside). */
export function withSource(sources: readonly string[], typed: string): string[] {
  const source = typed.trim()
  if (source === '' || sources.some((s) => s.toLocaleLowerCase('sv-SE') === source.toLocaleLowerCase('sv-SE'))) return [...sources]
  return [...sources, source]
}
