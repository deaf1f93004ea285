import type { HandlersFor } from '../../api/dispatch'
import type { ServiceContext } from '../context'
import type { SettingsPatch } from '../../../shared/contract/settings'
import { isLogoCopyName, type Settings } from '../../../shared/domain/settings'
import { readChosenLogo, readLogoCopy, saveLogoCopy } from './logo'

const LOGO_FILTERS = [{ name: 'Bilder (PNG, JPEG)', extensions: ['png', 'jpg', 'jpeg'] }]
const MIME = { png: 'image/png', jpg: 'image/jpeg' } as const

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

  'settings.getLogoPreview': async (_input, ctx) => {
    const name = ctx.store.read().settings.documents.logoPath
    if (!isLogoCopyName(name)) return null
    const type = name.endsWith('.png') ? 'png' : 'jpg'
    try {
      return `data:${MIME[type]};base64,${Buffer.from(await readLogoCopy(ctx.paths.dataDir, name)).toString('base64')}`
    } catch {
      return null
    }
  }
}
