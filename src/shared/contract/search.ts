import { z } from 'zod'
import { IdSchema } from '../domain/primitives'
import { SEARCH_KINDS } from '../search/kinds'
import { method, NoInput } from './define'

/** A piece of a title or excerpt; `match` marks a word she searched for. */
export const SegmentSchema = z.object({ text: z.string(), match: z.boolean() })
export type Segment = z.infer<typeof SegmentSchema>

/** Where a hit opens: a view id and its route parameters (#/meetings/<id>). */
export const SearchRouteSchema = z.object({ view: z.string(), params: z.array(z.string()) })

export const SearchHitSchema = z.object({
  kind: z.enum(SEARCH_KINDS),
  id: IdSchema,
  title: z.array(SegmentSchema),
  /** A second line (organisation, date, owner), its matched words marked too. */
  detail: z.array(SegmentSchema),
  /** A few words around the first match outside the title; empty when only the title matched. */
  excerpt: z.array(SegmentSchema),
  route: SearchRouteSchema
})
export type SearchHit = z.infer<typeof SearchHitSchema>

export const SearchGroupSchema = z.object({
  kind: z.enum(SEARCH_KINDS),
  /** The best hits, at most the limit. */
  hits: z.array(SearchHitSchema),
  /** How many records of this kind matched in all. */
  total: z.number().int().min(0)
})
export type SearchGroup = z.infer<typeof SearchGroupSchema>

export const SearchResultSchema = z.object({
  /** The text these results are for, so the window shows answers only for what is typed now. */
  text: z.string(),
  /** Only kinds with hits, in SEARCH_KINDS order. */
  groups: z.array(SearchGroupSchema)
})
export type SearchResult = z.infer<typeof SearchResultSchema>

export const SearchQueryInputSchema = z
  .object({
    text: z.string().max(200),
    /** Hits per group (default 5). */
    limit: z.number().int().min(1).max(50).optional()
  })
  .strict()

export const searchContract = {
  /**
   * The window has painted its first view: main may build the index now (in slices), so
   * the first search finds it ready. Answers at once, whether it is ready already.
   */
  'search.prepare': method(NoInput, z.object({ ready: z.boolean() })),
  /** "Sök i allt": every word must match (prefix and inside words), Swedish letters as in Kontakter. */
  'search.query': method(SearchQueryInputSchema, SearchResultSchema)
}
