import type { SearchGroup, SearchHit, SearchResult } from '../../../shared/contract/search'
import type { Database } from '../../../shared/domain/database'
import { SEARCH_KINDS, type SearchKind } from '../../../shared/search/kinds'
import { excerpt, titleSegments } from './excerpt'
import { byId } from './lookup'
import type { Match } from './search-index'
import { SOURCES } from './sources'

/** One hit as she sees it: title and excerpt from the record as it is now, matched words marked. */
function hit(match: Match, db: Readonly<Database>): SearchHit | null {
  const source = SOURCES.find((s) => s.kind === match.kind)
  const record = source ? byId(source.list(db), match.id) : undefined
  if (!source || !record) return null
  const described = source.describe(record as never, db)
  const matched = new Set(match.terms)
  return {
    kind: source.kind,
    id: match.id,
    title: titleSegments(described.title, matched),
    detail: titleSegments(described.detail, matched),
    // A field the detail line already shows is not repeated as the excerpt.
    excerpt: excerpt(described.body.filter((field) => !described.detail.includes(field)), matched),
    route: described.route
  }
}

/** Matches (best first) grouped by kind in SEARCH_KINDS order, at most `limit` hits each. */
export function groupResults(text: string, matches: readonly Match[], db: Readonly<Database>, limit: number): SearchResult {
  const byKind = new Map<SearchKind, { hits: SearchHit[]; total: number }>()
  for (const match of matches) {
    const group = byKind.get(match.kind as SearchKind) ?? { hits: [], total: 0 }
    byKind.set(match.kind as SearchKind, group)
    group.total++
    if (group.hits.length >= limit) continue
    const h = hit(match, db)
    if (h) group.hits.push(h)
  }
  const groups: SearchGroup[] = SEARCH_KINDS.flatMap((kind) => {
    const group = byKind.get(kind)
    return group && group.hits.length > 0 ? [{ kind, hits: group.hits, total: group.total }] : []
  })
  return { text, groups }
}
