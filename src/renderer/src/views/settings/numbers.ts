import { z } from 'zod'
import { DocumentSettingsSchema, SettingsSchema } from '../../../../shared/domain/settings'
import { formatDecimal, parseDecimal } from '../../../../shared/format/numbers'
import type { MarginKey, NumberPath } from './draft'

export interface NumberFieldDef {
  path: NumberPath
  label: string
  hint?: string
  /** Shown in the error message after the limits, e.g. "cm". */
  unit: string
  min: number
  max: number
  integer: boolean
}

/** The limits come from the domain schema, so the form and the server never disagree. */
function limitsOf(field: z.ZodType): Pick<NumberFieldDef, 'min' | 'max' | 'integer'> {
  const inner = field instanceof z.ZodDefault ? field.unwrap() : field
  if (!(inner instanceof z.ZodNumber) || inner.minValue === null || inner.maxValue === null) {
    throw new Error('settings number field without limits')
  }
  return { min: inner.minValue, max: inner.maxValue, integer: inner.isInt }
}

const margin = (key: MarginKey, label: string): NumberFieldDef => ({
  path: `documents.${key}`,
  label,
  unit: 'cm',
  ...limitsOf(DocumentSettingsSchema.shape[key])
})

export const MARGIN_FIELDS: NumberFieldDef[] = [
  margin('marginLeftCm', 'Vänstermarginal (cm)'),
  margin('marginRightCm', 'Högermarginal (cm)'),
  margin('marginTopCm', 'Övre marginal (cm)'),
  margin('marginBottomCm', 'Nedre marginal (cm)'),
  margin('headerFooterCm', 'Sidhuvud och sidfot från kanten (cm)')
]

export const RETENTION_FIELD: NumberFieldDef = {
  path: 'dietaryRetentionDays',
  label: 'Specialkost raderas så här många dagar efter ett seminarium',
  hint:
    'Uppgifter om specialkost är hälsouppgifter och får bara sparas för cateringens skull (GDPR). ' +
    'De raderas automatiskt när Samverkan startar, så här många dagar efter seminariet.',
  unit: 'dagar',
  ...limitsOf(SettingsSchema.shape.dietaryRetentionDays)
}

export const NUMBER_FIELDS: NumberFieldDef[] = [...MARGIN_FIELDS, RETENTION_FIELD]

const sv = (n: number): string => formatDecimal(n, { grouping: true })

/** The Swedish complaint for a value outside the field's limits (or not a number at all). */
export function rangeMessage(field: NumberFieldDef): string {
  const kind = field.integer ? 'ett heltal' : 'ett tal'
  return `Ange ${kind} från ${sv(field.min)} till ${sv(field.max)} ${field.unit}.`
}

/** The typed text as a number within the field's limits, or null when it is not one. */
export function parseNumber(field: NumberFieldDef, text: string): number | null {
  const value = parseDecimal(text)
  if (value === null || value < field.min || value > field.max) return null
  if (field.integer && !Number.isInteger(value)) return null
  return value
}

/**
 * The server's messages for number fields are zod's English defaults; she sees
 * the form's own Swedish sentence for those fields instead.
 */
export function inSwedish(errors: Record<string, string>): Record<string, string> {
  const out = { ...errors }
  for (const field of NUMBER_FIELDS) if (field.path in out) out[field.path] = rangeMessage(field)
  return out
}
