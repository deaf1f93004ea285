import type { SearchResult } from '../../../shared/contract/search'
import type { DataStore } from '../../store/types'
import { buildQuery } from './query'
import { groupResults } from './results'
import { SearchIndex } from './search-index'

/** Hits per group unless asked otherwise. */
export const DEFAULT_LIMIT = 5

/** Lets the event loop run (IPC, the window's other calls) between slices of the build. */
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

/**
 * The search index of one open store: built once, in slices, off the first paint's path
 * (startup-tasks.ts starts it shortly after start; a query arriving first starts it and
 * waits), then kept up to date from the store's change listener.
 */
export class SearchService {
  readonly index = new SearchIndex()
  private ready: Promise<void> | null = null

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
    const query = buildQuery(text, (typed) => this.index.inside(typed))
    if (!query) return { text, groups: [] }
    return groupResults(text, this.index.search(query), this.index.indexed!, limit)
  }

  private async build(): Promise<void> {
    // Subscribed first: a change committed while the build runs is applied right after it.
    this.store.subscribe((next) => this.index.apply(next))
    await this.index.build(this.store.read(), yieldToEventLoop)
    this.index.apply(this.store.read())
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
