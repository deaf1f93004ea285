import { SettingsPatchSchema, type SettingsPatch } from '../../../../shared/contract/settings'
import type { Coordinator, DocumentSettings, Sender, Settings } from '../../../../shared/domain/settings'
import { formatDecimal } from '../../../../shared/format/numbers'
import { NUMBER_FIELDS, parseNumber, rangeMessage } from './numbers'

export const MARGIN_KEYS = ['marginLeftCm', 'marginRightCm', 'marginTopCm', 'marginBottomCm', 'headerFooterCm'] as const
export type MarginKey = (typeof MARGIN_KEYS)[number]

/**
 * The settings edited in the form, saved as she types; the logo is saved on its own.
 * Number fields hold the text she typed, so a half-typed or bad value stays on screen.
 */
export interface SettingsDraft {
  sender: Sender
  councilName: string
  placeName: string
  coordinator: Coordinator
  documents: Pick<DocumentSettings, 'useStockholmTypeForHeadings' | 'bodyFont'> & Record<MarginKey, string>
  dietaryRetentionDays: string
}

/** Dotted paths of the text fields; the same paths the API uses in its field errors. */
export type TextPath = `sender.${keyof Sender}` | 'councilName' | 'placeName' | `coordinator.${keyof Coordinator}`
export type NumberPath = `documents.${MarginKey}` | 'dietaryRetentionDays'
export type FieldPath = TextPath | NumberPath

export function draftFrom(settings: Settings): SettingsDraft {
  const { useStockholmTypeForHeadings, bodyFont } = settings.documents
  const margins = Object.fromEntries(MARGIN_KEYS.map((key) => [key, formatDecimal(settings.documents[key])]))
  return {
    sender: { ...settings.sender },
    councilName: settings.councilName,
    placeName: settings.placeName,
    coordinator: { ...settings.coordinator },
    documents: { useStockholmTypeForHeadings, bodyFont, ...(margins as Record<MarginKey, string>) },
    dietaryRetentionDays: formatDecimal(settings.dietaryRetentionDays)
  }
}

export function readText(draft: SettingsDraft, path: FieldPath): string {
  const [section, key] = path.split('.') as [keyof SettingsDraft, string | undefined]
  const value = key === undefined ? draft[section] : (draft[section] as unknown as Record<string, unknown>)[key]
  return typeof value === 'string' ? value : ''
}

export function withText(draft: SettingsDraft, path: FieldPath, value: string): SettingsDraft {
  const [section, key] = path.split('.') as [keyof SettingsDraft, string | undefined]
  if (key === undefined) return { ...draft, [section]: value }
  return { ...draft, [section]: { ...(draft[section] as object), [key]: value } }
}

/** What of a draft can be saved, and why the rest cannot: errors by dotted path, in Swedish. */
export interface SavablePatch {
  patch: SettingsPatch
  errors: Record<string, string>
}

/** The draft as an update, numbers parsed; a number outside its limits is left out, named by its path. */
function typedPatch(draft: SettingsDraft): SavablePatch {
  const errors: Record<string, string> = {}
  const numbers: Record<string, number> = {}
  for (const field of NUMBER_FIELDS) {
    const value = parseNumber(field, readText(draft, field.path))
    if (value === null) errors[field.path] = rangeMessage(field)
    else numbers[field.path] = value
  }
  const margins = Object.fromEntries(MARGIN_KEYS.flatMap((key) => (numbers[`documents.${key}`] === undefined ? [] : [[key, numbers[`documents.${key}`]]])))
  const { dietaryRetentionDays: _typed, ...rest } = draft
  const retention = numbers.dietaryRetentionDays === undefined ? {} : { dietaryRetentionDays: numbers.dietaryRetentionDays }
  const { useStockholmTypeForHeadings, bodyFont } = draft.documents
  return { patch: { ...rest, ...retention, documents: { useStockholmTypeForHeadings, bodyFont, ...margins } }, errors }
}

/** The patch without the field at `path` ("coordinator.email"). */
function without(patch: SettingsPatch, path: PropertyKey[]): SettingsPatch {
  const [head, key] = path as [keyof SettingsPatch, PropertyKey | undefined]
  const { [head]: section, ...rest } = patch
  if (key === undefined || typeof section !== 'object' || section === null) return rest
  const { [key as string]: _gone, ...kept } = section as Record<string, unknown>
  return { ...rest, [head]: kept }
}

/**
 * The part of the draft that may be saved now, checked with the contract's own schema: a
 * field that is not valid (a half-typed e-mail, a margin out of range) is left out and
 * named, so autosave never stores it and the form can say why next to the field; every
 * valid field is sent, so what she sees is what is stored.
 */
export function savablePatch(draft: SettingsDraft): SavablePatch {
  let { patch, errors } = typedPatch(draft)
  // Each pass drops the fields the schema refused; a patch of fewer fields cannot fail anew.
  for (let parsed = SettingsPatchSchema.safeParse(patch); !parsed.success; parsed = SettingsPatchSchema.safeParse(patch)) {
    for (const issue of parsed.error.issues) {
      errors = { ...errors, [issue.path.join('.')]: issue.message }
      patch = without(patch, issue.path)
    }
  }
  return { patch, errors }
}

export const isSameDraft = (a: SettingsDraft, b: SettingsDraft): boolean => JSON.stringify(a) === JSON.stringify(b)
