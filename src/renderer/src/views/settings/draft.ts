import type { SettingsPatch } from '../../../../shared/contract/settings'
import type { Coordinator, DocumentSettings, Sender, Settings } from '../../../../shared/domain/settings'
import { formatDecimal } from '../../../../shared/format/numbers'
import { NUMBER_FIELDS, parseNumber, rangeMessage } from './numbers'

export const MARGIN_KEYS = ['marginLeftCm', 'marginRightCm', 'marginTopCm', 'marginBottomCm', 'headerFooterCm'] as const
export type MarginKey = (typeof MARGIN_KEYS)[number]

/**
 * The settings edited in the form and saved with Spara; the logo is saved on its own.
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

export type PatchResult = { ok: true; patch: SettingsPatch } | { ok: false; errors: Record<string, string> }

/**
 * The whole draft as an update; every section is sent so what she sees is what is stored.
 * A number outside its limits stops the save here, named by its path like a server error.
 */
export function toPatch(draft: SettingsDraft): PatchResult {
  const errors: Record<string, string> = {}
  const numbers: Record<string, number> = {}
  for (const field of NUMBER_FIELDS) {
    const value = parseNumber(field, readText(draft, field.path))
    if (value === null) errors[field.path] = rangeMessage(field)
    else numbers[field.path] = value
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  const margins = Object.fromEntries(MARGIN_KEYS.map((key) => [key, numbers[`documents.${key}`]]))
  return {
    ok: true,
    patch: {
      ...draft,
      documents: { ...draft.documents, ...(margins as Record<MarginKey, number>) },
      dietaryRetentionDays: numbers.dietaryRetentionDays
    }
  }
}

export const isSameDraft = (a: SettingsDraft, b: SettingsDraft): boolean => JSON.stringify(a) === JSON.stringify(b)
