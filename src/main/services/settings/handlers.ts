import type { HandlersFor } from '../../api/dispatch'
import type { ServiceContext } from '../context'
import type { SettingsPatch } from '../../../shared/contract/settings'
import { isLogoCopyName, type Settings } from '../../../shared/domain/settings'
import { readChosenLogo, saveLogoCopy } from './logo'
import { logoPreviewUrl } from './logo-preview'

const LOGO_FILTERS = [{ name: 'Bilder (PNG, JPEG)', extensions: ['png', 'jpg', 'jpeg'] }]

/** Merges each given section into the stored one; sections not given are kept. */
export function applySettingsPatch(settings: Settings, patch: SettingsPatch): void {
  if (patch.sender) Object.assign(settings.sender, patch.sender)
  if (patch.coordinator) Object.assign(settings.coordinator, patch.coordinator)
  if (patch.documents) Object.assign(settings.documents, patch.documents)
  if (patch.councilName !== undefined) settings.councilName = patch.councilName
  if (patch.placeName !== undefined) settings.placeName = patch.placeName
  if (patch.agendaTemplate !== undefined) settings.agendaTemplate = patch.agendaTemplate
  if (patch.dietaryRetentionDays !== undefined) settings.dietaryRetentionDays = patch.dietaryRetentionDays
}

const current = (ctx: ServiceContext): Settings => structuredClone(ctx.store.read().settings)

export const settingsHandlers: HandlersFor<'settings.'> = {
  'settings.get': (_input, ctx) => current(ctx),

  'settings.update': async (patch, ctx) => {
    await ctx.store.update((db) => applySettingsPatch(db.settings, patch))
    return current(ctx)
  },

  /** Checks the chosen image and copies it into the data folder; a refusal says why in Swedish. */
  'settings.chooseLogo': async (_input, ctx) => {
    const path = await ctx.dialogs.openFile({ title: 'Välj logotyp', filters: LOGO_FILTERS })
    if (path === null) return current(ctx)
    const logo = await readChosenLogo(path)
    const name = await saveLogoCopy(ctx.paths.dataDir, ctx.newId(), logo)
    await ctx.store.update((db) => {
      db.settings.documents.logoPath = name
    })
    return current(ctx)
  },

  'settings.clearLogo': async (_input, ctx) => {
    await ctx.store.update((db) => {
      db.settings.documents.logoPath = null
    })
    return current(ctx)
  },

  /** A real small image when the logo is larger than the preview frame; the documents use the full logo. */
  'settings.getLogoPreview': async (_input, ctx) => {
    const name = ctx.store.read().settings.documents.logoPath
    return isLogoCopyName(name) ? logoPreviewUrl(ctx.paths.dataDir, name) : null
  }
}
