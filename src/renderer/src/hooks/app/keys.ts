import { keysFor } from '../../api/keyFactory'

/** The app's own queries: info about the data file, the Översikt counts, today's date. */
export const appKeys = keysFor('app')

export const APP_INFO_KEY = appKeys.named('info')
/** Summarises every domain: a change anywhere refreshes it (api/queryClient.ts). */
export const OVERVIEW_KEY = appKeys.named('overview')
export const TODAY_KEY = appKeys.named('today')
