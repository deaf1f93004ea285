/**
 * Query keys by domain and id, so a mutation can invalidate exactly what it changed:
 * `[domain]` is everything of a domain, `[domain, 'list', params]` a list,
 * `[domain, 'detail', id]` one record.
 */
export function keysFor<D extends string>(domain: D) {
  return {
    all: [domain] as const,
    list: (params: Record<string, unknown> = {}) => [domain, 'list', params] as const,
    detail: (id: string) => [domain, 'detail', id] as const,
    /** A named query of the domain that is neither a list nor a record, e.g. 'logoPreview'. */
    named: (name: string) => [domain, name] as const
  }
}

export const appKeys = keysFor('app')
export const settingsKeys = keysFor('settings')

export const APP_INFO_KEY = appKeys.named('info')
export const OVERVIEW_KEY = appKeys.named('overview')
export const SETTINGS_KEY = settingsKeys.named('current')
export const LOGO_PREVIEW_KEY = settingsKeys.named('logoPreview')
