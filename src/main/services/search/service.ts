import type { SearchGroup, SearchResult } from '../../../shared/contract/search'
import type { Database } from '../../../shared/domain/database'
import type { DataStore } from '../../store/types'
import { buildQuery } from './query'
import { groupResults } from './results'
import { SearchIndex } from './search-index'

/** Up to this many records changed are redone within the commit; more are done in slices. */
const AT_ONCE = 200

/** Hits per group unless asked otherwise. */
export const DEFAULT_LIMIT = 5

/** Lets the event loop run (IPC, the window's other calls) between slices of the build. */
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

/**
 * The search index of one open store: built once, in slices, off the first paint's path
 * (the window asks for it with search.prepare once its first view is painted and the
 * page is idle; a query arriving first starts it and waits), then kept up to date from
 * the store's change listener.
 */
export class SearchService {
  readonly index = new SearchIndex()
  private ready: Promise<void> | null = null
  /** A large change (an import, a restore) being applied in slices; queries wait for it. */
  private catchingUp: Promise<void> | null = null
  /**
   * The last answer, for the same words over the same indexed state: a space, or the
   * first letter of the next word (left out until it has two), asks the same query
   * again, and a broad word costs a full search (every registration at 10×).
   */
  private last: { key: string; state: Readonly<Database>; groups: SearchGroup[] } | null = null

  constructor(private readonly store: DataStore) {}

  /** Starts the build (once); resolves when the index reflects the committed state. */
  start(): Promise<void> {
    this.ready ??= this.build()
    return this.ready
  }

  get isReady(): boolean {
    return this.index.indexed !== null
  }

  async query(text: string, limit = DEFAULT_LIMIT): Promise<SearchResult> {
    await this.start()
    while (this.catchingUp) await this.catchingUp
    const query = buildQuery(text, (typed) => this.index.inside(typed))
    if (!query) return { text, groups: [] }
    const key = `${limit} ${JSON.stringify(query)}`
    const state = this.index.indexed!
    if (this.last?.key !== key || this.last.state !== state) this.last = { key, state, groups: groupResults(text, this.index.search(query, limit), state).groups }
    return { text, groups: this.last.groups }
  }

  private async build(): Promise<void> {
    // Subscribed first: a change committed while the build runs is applied right after it.
    this.store.subscribe((next) => this.follow(next))
    await this.index.build(this.store.read(), yieldToEventLoop)
    this.follow(this.store.read())
  }

  /** One saved change costs a few records at once; thousands (an import) are applied in slices like the build. */
  private follow(next: Readonly<Database>): void {
    if (this.catchingUp || !this.index.indexed) return
    const changes = this.index.changesTo(next)
    const size = changes.upsert.length + changes.remove.length
    if (size === 0) return
    if (size <= AT_ONCE) return void this.index.applyInSlices(changes, next, null)
    this.catchingUp = this.index.applyInSlices(changes, next, yieldToEventLoop).finally(() => {
      this.catchingUp = null
      // Changes saved meanwhile were skipped: catch up with what is committed now.
      this.follow(this.store.read())
    })
  }
}

const services = new WeakMap<DataStore, SearchService>()

/** The one search service of a store. */
export function searchServiceFor(store: DataStore): SearchService {
  let service = services.get(store)
  if (!service) {
    service = new SearchService(store)
    services.set(store, service)
  }
  return service
}
