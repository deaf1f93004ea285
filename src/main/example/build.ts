/**
 * What every part of the example is built with: ids and timestamps. By default ids
 * are stable ('ex-contact-01') so tests and the end-to-end fixtures can name them; a
 * caller that wants fresh random ids passes newId, and every reference stays consistent.
 */
export interface ExampleBuild {
  /** The id for a stable key; the same key always gives the same id within one build. */
  id(stableKey: string): string
  /** A timestamp `hours` after the build's "now" (UTC ISO string). */
  at(hours?: number): string
}

export interface ExampleOptions {
  newId?: () => string
  /** When the example was "entered"; defaults to the Monday after the meeting of 2019-02-22. */
  now?: Date
}

export const DEFAULT_EXAMPLE_NOW = new Date('2019-02-25T08:00:00.000Z')

export function exampleBuild(options: ExampleOptions = {}): ExampleBuild {
  const ids = new Map<string, string>()
  const now = (options.now ?? DEFAULT_EXAMPLE_NOW).getTime()
  return {
    id(stableKey) {
      if (!options.newId) return stableKey
      let id = ids.get(stableKey)
      if (id === undefined) {
        id = options.newId()
        ids.set(stableKey, id)
      }
      return id
    },
    at: (hours = 0) => new Date(now + hours * 3_600_000).toISOString()
  }
}
