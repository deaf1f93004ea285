import { stockholmWallClock } from '../../../shared/format/dates'

/** Saves a draft this long after her last change, as Word and Outlook do. */
export const AUTOSAVE_DELAY_MS = 800

export type AutosaveState =
  | { status: 'idle' }
  | { status: 'dirty' }
  | { status: 'saving' }
  | { status: 'saved'; at: Date }
  | { status: 'failed'; message: string }

export interface AutosaveOptions<T> {
  save(value: T): Promise<unknown>
  /** The failure in Swedish, for "Kunde inte spara: …". */
  describe(error: unknown): string
  onState(state: AutosaveState): void
  delayMs?: number
  /** For "Sparat kl. 10.42" only: when the save finished (display, not a domain decision). */
  now?: () => Date
  timers?: { set(fn: () => void, ms: number): unknown; clear(handle: unknown): void }
}

export interface Autosave<T> {
  /** A change: saved after the delay unless another change comes first. */
  change(value: T): void
  /** Saves a pending change now (leaving the view, before quitting); resolves when stored or failed. */
  flush(): Promise<void>
  isDirty(): boolean
}

/**
 * The debounced save behind useAutosave, without React so it can be tested alone. Saves
 * run one at a time; a change made while one runs is saved after it, never lost.
 */
export function createAutosave<T>(options: AutosaveOptions<T>): Autosave<T> {
  const timers = options.timers ?? { set: (fn, ms) => setTimeout(fn, ms), clear: (h) => clearTimeout(h as number) }
  let pending: { value: T } | null = null
  let timer: unknown = null
  let running: Promise<void> = Promise.resolve()

  const saveNow = (): Promise<void> => {
    if (timer !== null) timers.clear(timer)
    timer = null
    running = running.then(async () => {
      if (!pending) return
      const { value } = pending
      pending = null
      options.onState({ status: 'saving' })
      try {
        await options.save(value)
        options.onState(pending ? { status: 'dirty' } : { status: 'saved', at: (options.now ?? (() => new Date()))() })
      } catch (error) {
        options.onState({ status: 'failed', message: options.describe(error) })
      }
    })
    return running
  }

  return {
    change(value) {
      pending = { value }
      options.onState({ status: 'dirty' })
      if (timer !== null) timers.clear(timer)
      timer = timers.set(() => void saveNow(), options.delayMs ?? AUTOSAVE_DELAY_MS)
    },
    flush: saveNow,
    isDirty: () => pending !== null
  }
}

/** "Sparat kl. 10.42" / "Sparar…" / "Kunde inte spara: …", or nothing while idle or typing. */
export function autosaveText(state: AutosaveState): string {
  switch (state.status) {
    case 'idle':
    case 'dirty':
      return ''
    case 'saving':
      return 'Sparar…'
    case 'saved':
      return `Sparat kl. ${stockholmWallClock(state.at).time.slice(0, 5).replace(':', '.')}`
    case 'failed':
      return `Kunde inte spara: ${state.message}`
  }
}
