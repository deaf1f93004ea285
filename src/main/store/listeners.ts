import type { Database } from '../../shared/domain/database'
import type { Logger } from '../logger'

/** Told about every committed change: the state before and after (both frozen; unchanged records are the same objects). */
export type ChangeListener = (next: Readonly<Database>, previous: Readonly<Database>) => void

/**
 * The store's subscribers. They run after a change is durable and visible through
 * read(), synchronously in commit order; a listener that throws is logged and
 * skipped, never turning a saved change into a failed one.
 */
export class ChangeListeners {
  private readonly listeners = new Set<ChangeListener>()

  constructor(private readonly log: Logger) {}

  add(listener: ChangeListener): () => void {
    this.listeners.add(listener)
    return () => void this.listeners.delete(listener)
  }

  notify(next: Readonly<Database>, previous: Readonly<Database>): void {
    if (next === previous) return
    for (const listener of this.listeners) {
      try {
        listener(next, previous)
      } catch (error) {
        this.log.error('store: change listener failed', { error: error instanceof Error ? error.name : 'unknown' })
      }
    }
  }
}
