import { keysFor } from '../../api/keyFactory'

/** Settings are one record: the current settings, and the chosen logo as a preview. */
export const settingsKeys = keysFor('settings')

export const SETTINGS_KEY = settingsKeys.named('current')
export const LOGO_PREVIEW_KEY = settingsKeys.named('logoPreview')
