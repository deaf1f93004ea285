/*
 * The key factory, and the app and settings keys under the names they had before each
 * domain got its own hooks/<domain>/keys.ts (kept so code not yet moved still compiles).
 * New code imports keys from its domain's keys.ts.
 */
export { keysFor } from './keyFactory'
export { appKeys, APP_INFO_KEY, OVERVIEW_KEY } from '../hooks/app/keys'
export { settingsKeys, SETTINGS_KEY, LOGO_PREVIEW_KEY } from '../hooks/settings/keys'
