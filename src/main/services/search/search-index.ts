import MiniSearch, { type Query } from 'minisearch'
import type { Database } from '../../../shared/domain/database'
import { processTerm, tokens, words } from '../../../shared/search/terms'
import { docKey, indexChanges, type IndexChanges } from './changes'
import type { Source } from './sources'
import { Vocabulary } from './vocabulary'

type Db = Readonly<Database>
export type Pause = () => Promise<void>

/** The longest the index holds the event loop while building or catching up (IPC waits at most this long). */
export const SLICE_MS = 8

interface IndexDoc {
  key: string
  title: string
  body: string
}

/** A match: which record, and the folded document terms that matched (for highlighting). */
export interface Match {
  kind: string
  id: string
  terms: string[]
}

/** One kind's matches: the count, and the best few (best first). */
export interface KindMatches {
  total: number
  best: Match[]
}

const folded = (text: string): string[] => tokens(text).map((t) => t.term)

/**
 * The full-text index over every kind of record (MiniSearch, terms folded as in
 * Kontakter). It holds one state of the register (`state`); `apply` moves it to a newer
 * one, redoing only the records that are not the same objects as before.
 */
export class SearchIndex {
  private readonly mini = new MiniSearch<IndexDoc>({
    idField: 'key',
    fields: ['title', 'body'],
    // Documents hold their terms already folded, space-separated (see put); what she types is folded at search.
    tokenize: (folded) => folded.split(' '),
    processTerm: (term) => term || null,
    searchOptions: { combineWith: 'AND', boost: { title: 3 }, tokenize: words, processTerm }
  })
  private readonly vocabulary = new Vocabulary()
  private readonly termsByKey = new Map<string, Set<string>>()
  private state: Db | null = null

  get size(): number {
    return this.mini.documentCount
  }

  /** The state the index reflects; null until built. */
  get indexed(): Db | null {
    return this.state
  }

  /** Adds every record of `db` in slices; `pause()` between slices lets other work run. */
  async build(db: Db, pause: Pause | null = null): Promise<void> {
    const empty: Db = { ...db, contacts: [], organisations: [], meetings: [], assignments: [], seminars: [], registrations: [], priorityAreas: [] }
    await this.applyInSlices(indexChanges(empty, db), db, pause)
  }

  /** The work to bring the index to `next`; empty when it is there already (or not built yet). */
  changesTo(next: Db): IndexChanges {
    return !this.state || next === this.state ? { upsert: [], remove: [] } : indexChanges(this.state, next)
  }

  /** Applies `changes` (which lead to `next`), pausing between slices of about SLICE_MS when given a pause. */
  async applyInSlices(changes: IndexChanges, next: Db, pause: Pause | null): Promise<void> {
    for (const key of changes.remove) this.drop(key)
    let sliceStart = performance.now()
    for (const { source, record } of changes.upsert) {
      this.put(source, record, next)
      if (pause && performance.now() - sliceStart > SLICE_MS) {
        await pause()
        sliceStart = performance.now()
      }
    }
    this.state = next
  }

  /**
   * What `query` matches, best first, by kind: how many, and the best `limit` of each.
   * A broad word matches most of the register (30,000 registrations at 10×): only the
   * hits shown are made into Matches; the others are just counted.
   */
  search(query: Query, limit: number): Map<string, KindMatches> {
    const byKind = new Map<string, KindMatches>()
    for (const r of this.mini.search(query)) {
      const key = r.id as string
      const colon = key.indexOf(':')
      const kind = key.slice(0, colon)
      let group = byKind.get(kind)
      if (!group) byKind.set(kind, (group = { total: 0, best: [] }))
      group.total++
      if (group.best.length < limit) group.best.push({ kind, id: key.slice(colon + 1), terms: r.terms })
    }
    return byKind
  }

  /** Indexed words containing `typed` past their start. */
  inside(typed: string): string[] {
    return this.vocabulary.inside(typed)
  }

  private put(source: Source, record: { id: string }, db: Db): void {
    const described = source.describe(record as never, db)
    const title = folded(described.title)
    const body = described.body.flatMap(folded)
    const doc: IndexDoc = { key: docKey(source, record.id), title: title.join(' '), body: body.join(' ') }
    this.drop(doc.key)
    this.mini.add(doc)
    const terms = new Set([...title, ...body])
    this.termsByKey.set(doc.key, terms)
    this.vocabulary.add(terms)
  }

  private drop(key: string): void {
    const terms = this.termsByKey.get(key)
    if (!terms) return
    this.mini.discard(key)
    this.vocabulary.remove(terms)
    this.termsByKey.delete(key)
  }
}
