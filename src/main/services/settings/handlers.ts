import { readFile } from 'node:fs/promises'
import { extname } from 'node:path'
import type { HandlersFor } from '../../api/dispatch'
import type { ServiceContext } from '../context'
import type { SettingsPatch } from '../../../shared/contract/settings'
import type { Settings } from '../../../shared/domain/settings'

const LOGO_FILTERS = [{ name: 'Bilder', extensions: ['png', 'jpg', 'jpeg', 'gif', 'bmp'] }]
const MIME: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.bmp': 'image/bmp'
}

/** Merges each given section into the stored one; sections not given are kept. */
export function applySettingsPatch(settings: Settings, patch: SettingsPatch): void {
  if (patch.sender) Object.assign(settings.sender, patch.sender)
  if (patch.coordinator) Object.assign(settings.coordinator, patch.coordinator)
  if (patch.documents) Object.assign(settings.documents, patch.documents)
  if (patch.councilName !== undefined) settings.councilName = patch.councilName
  if (patch.placeName !== undefined) settings.placeName = patch.placeName
  if (patch.dietaryRetentionDays !== undefined) settings.dietaryRetentionDays = patch.dietaryRetentionDays
}

const current = (ctx: ServiceContext): Settings => structuredClone(ctx.store.read().settings)

export const settingsHandlers: HandlersFor<'settings.'> = {
  'settings.get': (_input, ctx) => current(ctx),

  'settings.update': async (patch, ctx) => {
    await ctx.store.update((db) => applySettingsPatch(db.settings, patch))
    return current(ctx)
  },

  'settings.chooseLogo': async (_input, ctx) => {
    const path = await ctx.dialogs.openFile({ title: 'Välj logotyp', filters: LOGO_FILTERS })
    if (path === null) return current(ctx)
    if (!(extname(path).toLowerCase() in MIME)) return current(ctx)
    await ctx.store.update((db) => {
      db.settings.documents.logoPath = path
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
    const path = ctx.store.read().settings.documents.logoPath
    if (!path) return null
    const mime = MIME[extname(path).toLowerCase()]
    if (!mime) return null
    try {
      return `data:${mime};base64,${(await readFile(path)).toString('base64')}`
    } catch {
      return null
    }
  }
}
