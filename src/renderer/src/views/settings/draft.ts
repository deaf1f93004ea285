import type { SettingsPatch } from '../../../../shared/contract/settings'
import type { Coordinator, DocumentSettings, Sender, Settings } from '../../../../shared/domain/settings'

/** The settings edited in the form and saved with Spara; the logo is saved on its own. */
export interface SettingsDraft {
  sender: Sender
  councilName: string
  placeName: string
  coordinator: Coordinator
  documents: Pick<DocumentSettings, 'useStockholmTypeForHeadings' | 'bodyFont'>
}

/** Dotted paths of the text fields; the same paths the API uses in its field errors. */
export type TextPath = `sender.${keyof Sender}` | 'councilName' | 'placeName' | `coordinator.${keyof Coordinator}`

export function draftFrom(settings: Settings): SettingsDraft {
  const { useStockholmTypeForHeadings, bodyFont } = settings.documents
  return {
    sender: { ...settings.sender },
    councilName: settings.councilName,
    placeName: settings.placeName,
    coordinator: { ...settings.coordinator },
    documents: { useStockholmTypeForHeadings, bodyFont }
  }
}

export function readText(draft: SettingsDraft, path: TextPath): string {
  const [section, key] = path.split('.') as [keyof SettingsDraft, string | undefined]
  const value = key === undefined ? draft[section] : (draft[section] as unknown as Record<string, unknown>)[key]
  return typeof value === 'string' ? value : ''
}

export function withText(draft: SettingsDraft, path: TextPath, value: string): SettingsDraft {
  const [section, key] = path.split('.') as [keyof SettingsDraft, string | undefined]
  if (key === undefined) return { ...draft, [section]: value }
  return { ...draft, [section]: { ...(draft[section] as object), [key]: value } }
}

/** The whole draft as an update; every section is sent so what she sees is what is stored. */
export const toPatch = (draft: SettingsDraft): SettingsPatch => draft

export const isSameDraft = (a: SettingsDraft, b: SettingsDraft): boolean => JSON.stringify(a) === JSON.stringify(b)
