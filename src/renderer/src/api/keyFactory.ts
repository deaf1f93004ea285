/**
 * Query keys by domain and id, so a mutation can patch or invalidate exactly what it
 * changed: `[domain]` is everything of a domain, `[domain, 'list', params]` a list (every
 * list of the domain starts with `lists`), `[domain, 'detail', id]` one record.
 * Each domain names its keys once, in hooks/<domain>/keys.ts.
 */
export function keysFor<D extends string>(domain: D) {
  return {
    all: [domain] as const,
    lists: [domain, 'list'] as const,
    list: (params: Record<string, unknown> = {}) => [domain, 'list', params] as const,
    detail: (id: string) => [domain, 'detail', id] as const,
    /** A named query of the domain that is neither a list nor a record, e.g. 'logoPreview'. */
    named: (name: string) => [domain, name] as const
  }
}
