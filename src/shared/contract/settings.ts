import { z } from 'zod'
import {
  CoordinatorSchema,
  DocumentSettingsSchema,
  SenderSchema,
  SettingsSchema
} from '../domain/settings'
import { ContactPhoneSchema } from './contacts'
import { EmailSchema } from '../domain/primitives'
import { AgendaTemplateInputSchema } from '../meetings/schemas'
import { method, NoInput } from './define'
import { patchOf } from './patch'

/** A partial update: each given field is merged into the stored settings; nothing else changes. */
export const SettingsPatchSchema = patchOf(
  SettingsSchema.extend({
    sender: patchOf(SenderSchema).extend({ phone: ContactPhoneSchema.optional(), email: EmailSchema.optional() }),
    coordinator: patchOf(CoordinatorSchema).extend({ phone: ContactPhoneSchema.optional(), email: EmailSchema.optional() }),
    documents: patchOf(DocumentSettingsSchema.omit({ logoPath: true })),
    agendaTemplate: AgendaTemplateInputSchema
  })
)
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>

export const settingsContract = {
  'settings.get': method(NoInput, SettingsSchema),
  'settings.update': method(SettingsPatchSchema, SettingsSchema),
  /** Opens the OS file dialog; resolves to the new settings, or unchanged ones if cancelled. */
  'settings.chooseLogo': method(NoInput, SettingsSchema),
  'settings.clearLogo': method(NoInput, SettingsSchema),
  /** The logo's copy as a data URL (at most 2 MB of image) for the settings view; null when none or unreadable. */
  'settings.getLogoPreview': method(NoInput, z.string().nullable())
}
