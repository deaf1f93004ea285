import { z } from 'zod'
import {
  CoordinatorSchema,
  DocumentSettingsSchema,
  SenderSchema,
  SettingsSchema
} from '../domain/settings'
import { method, NoInput } from './define'

/** A partial update: each given section is merged into the stored settings. */
export const SettingsPatchSchema = z
  .object({
    sender: SenderSchema.partial(),
    councilName: SettingsSchema.shape.councilName,
    placeName: SettingsSchema.shape.placeName,
    coordinator: CoordinatorSchema.partial(),
    documents: DocumentSettingsSchema.omit({ logoPath: true }).partial(),
    dietaryRetentionDays: SettingsSchema.shape.dietaryRetentionDays
  })
  .partial()
  .strict()
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>

export const settingsContract = {
  'settings.get': method(NoInput, SettingsSchema),
  'settings.update': method(SettingsPatchSchema, SettingsSchema),
  /** Opens the OS file dialog; resolves to the new settings, or unchanged ones if cancelled. */
  'settings.chooseLogo': method(NoInput, SettingsSchema),
  'settings.clearLogo': method(NoInput, SettingsSchema),
  /** The logo as a data URL for showing in the settings view; null when none or unreadable. */
  'settings.getLogoPreview': method(NoInput, z.string().nullable())
}
