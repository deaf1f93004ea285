import type { Query } from 'minisearch'
import { tokens } from '../../../shared/search/terms'

/** Shorter words are left out of the query (the next key she types brings them in). */
const MIN_WORD = 2

/**
 * The MiniSearch query for what she typed: every word must match (AND); each word
 * matches indexed words starting with it (prefix, so results follow her typing) or, from
 * three letters, containing it ("polis" → "kommunpolis"), which `inside` looks up.
 */
export function buildQuery(text: string, inside: (typed: string) => string[]): Query | null {
  // A lone letter would match the start of nearly every word: it waits for the next one.
  const typed = [...new Set(tokens(text).map((t) => t.term))].filter((word) => word.length >= MIN_WORD)
  if (typed.length === 0) return null
  return {
    combineWith: 'AND',
    queries: typed.map((word) => {
      const within = inside(word)
      const atStart: Query = { combineWith: 'OR', prefix: true, queries: [word] }
      return within.length === 0 ? atStart : { combineWith: 'OR', queries: [atStart, { combineWith: 'OR', prefix: false, queries: within }] }
    })
  }
}
