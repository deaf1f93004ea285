import type { SearchGroup, SearchHit, SearchResult } from '../../../shared/contract/search'
import type { Database } from '../../../shared/domain/database'
import { SEARCH_KINDS } from '../../../shared/search/kinds'
import { excerpt, titleSegments } from './excerpt'
import { byId } from './lookup'
import type { KindMatches, Match } from './search-index'
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

/**
 * The hits grouped by kind in SEARCH_KINDS order: each kind's best matches (at most the
 * limit the index was asked for) described from the state the index holds, with the
 * kind's total.
 */
export function groupResults(text: string, byKind: ReadonlyMap<string, KindMatches>, db: Readonly<Database>): SearchResult {
  const groups: SearchGroup[] = SEARCH_KINDS.flatMap((kind) => {
    const found = byKind.get(kind)
    const hits = found ? found.best.flatMap((match) => hit(match, db) ?? []) : []
    return found && hits.length > 0 ? [{ kind, hits, total: found.total }] : []
  })
  return { text, groups }
}
