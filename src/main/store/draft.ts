/**
 * Copy-on-write drafts for `update(mutate)`. A deep structuredClone of the whole
 * register per change cost as much as the disk write at 10x size; a draft copies
 * only the objects on the path to what the mutation touches and shares the rest
 * with the committed state, which is never modified in place.
 *
 * Caveat: a draft is a Proxy, so structuredClone() of a draft object inside a
 * mutation throws; spread it or use JSON instead. Reads of `store.read()` are
 * plain objects and unaffected.
 */

type Obj = Record<PropertyKey, unknown>

interface DraftState {
  base: Obj
  copy: Obj | null
  parent: DraftState | null
  modified: boolean
  /** Set once the change is finished: the draft may still be read, no longer written. */
  finished: boolean
  result?: Obj
}

const STATE = Symbol('draftState')

const isDraftable = (value: unknown): value is Obj => {
  if (typeof value !== 'object' || value === null) return false
  if (Array.isArray(value)) return true
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

const stateOf = (value: unknown): DraftState | undefined =>
  typeof value === 'object' && value !== null ? ((value as Obj)[STATE] as DraftState | undefined) : undefined

const source = (state: DraftState): Obj => state.copy ?? state.base

function prepareCopy(state: DraftState): Obj {
  if (!state.copy) state.copy = (Array.isArray(state.base) ? [...state.base] : { ...state.base }) as Obj
  return state.copy
}

function markModified(state: DraftState): void {
  if (state.finished) throw new TypeError('A draft was changed after its update() had finished.')
  for (let s: DraftState | null = state; s && !s.modified; s = s.parent) s.modified = true
}

function createDraft(base: Obj, parent: DraftState | null): Obj {
  const state: DraftState = { base, copy: null, parent, modified: false, finished: false }
  return new Proxy(base, handler(state)) as Obj
}

function handler(state: DraftState): ProxyHandler<Obj> {
  return {
    get(_target, prop, receiver) {
      if (prop === STATE) return state
      const from = source(state)
      if (!Object.hasOwn(from, prop)) return Reflect.get(from, prop, receiver)
      const value = from[prop]
      // Only values still shared with the base become child drafts; new values belong to the mutation.
      if (!isDraftable(value) || stateOf(value) || value !== state.base[prop] || state.finished) return value
      const child = createDraft(value, state)
      prepareCopy(state)[prop] = child
      return child
    },
    set(_target, prop, value) {
      const from = source(state)
      if (Object.hasOwn(from, prop) && from[prop] === value) return true
      markModified(state)
      prepareCopy(state)[prop] = value
      return true
    },
    deleteProperty(_target, prop) {
      if (!Object.hasOwn(source(state), prop)) return true
      markModified(state)
      delete prepareCopy(state)[prop]
      return true
    },
    defineProperty(_target, prop, descriptor) {
      markModified(state)
      return Reflect.defineProperty(prepareCopy(state), prop, descriptor)
    },
    has: (_target, prop) => prop === STATE || prop in source(state),
    ownKeys: () => Reflect.ownKeys(source(state)),
    getOwnPropertyDescriptor(_target, prop) {
      const descriptor = Reflect.getOwnPropertyDescriptor(source(state), prop)
      // Report values through `get` so spreads and Object.entries see drafts, not base objects.
      return descriptor && 'value' in descriptor ? { ...descriptor, value: this.get!(_target, prop, undefined) } : descriptor
    }
  }
}

/**
 * Replaces every draft inside `value` with its final plain object: the base when
 * untouched (structural sharing), the copy when changed. Objects the mutation
 * created are walked too, since they may hold drafts it read.
 */
export function finish<T>(value: T): T {
  const state = stateOf(value)
  if (state) {
    state.finished = true
    if (!state.modified) return state.base as T
    if (state.result) return state.result as T
    const copy = state.copy!
    state.result = copy
    for (const key of Reflect.ownKeys(copy)) {
      // Still the base's own value: never reached through the draft, so nothing inside can have changed.
      if (copy[key] !== state.base[key]) copy[key] = finish(copy[key])
    }
    return copy as T
  }
  if (isDraftable(value)) {
    const created: Obj = value
    for (const key of Reflect.ownKeys(created)) {
      const inner = created[key]
      const done = finish(inner)
      if (done !== inner) created[key] = done
    }
  }
  return value
}

/** Runs `mutate` on a draft of `base` and returns the next state, sharing every untouched object with `base`. */
export function produce<S extends object, T>(base: S, mutate: (draft: S) => T): { next: S; result: T } {
  const draft = createDraft(base as unknown as Obj, null) as unknown as S
  const result = mutate(draft)
  const next = finish(draft)
  return { next, result: finish(result) }
}
