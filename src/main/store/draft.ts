import { enablePatches, produceWithPatches, type Draft, type Patch } from 'immer'

enablePatches()

/**
 * Copy-on-write changes for `update(mutate)`, with Immer. A deep structuredClone
 * of the whole register per change cost as much as the disk write at 10x size;
 * a draft copies only the objects on the path to what the mutation touches and
 * shares the rest with the committed state.
 *
 * Immer freezes what it produces, so the committed state cannot be changed in
 * place by accident (a service that edits a `store.read()` result gets a
 * TypeError instead of silently diverging from the file), and validateChange may
 * trust that an unchanged object is still valid.
 *
 * The mutation's return value is finalised together with the state (it rides in
 * a wrapper), so a returned record is the very object now in the state, never a
 * revoked draft.
 *
 * The patches (Immer's, paths relative to the state) are what the journal
 * records: the change, not the register.
 *
 * Caveat: inside `mutate`, records are drafts (proxies): structuredClone() of one
 * throws; spread it, or use Immer's `current()`.
 */
/** Immer itself failed after `mutate` returned (a value nested too deeply to finalise): the change is unusable. */
export class DraftError extends Error {
  constructor(readonly reason: unknown) {
    super('draft could not be finalised')
  }
}

export function produce<S extends object, T>(base: S, mutate: (draft: S) => T): { next: S; result: T; patches: Patch[] } {
  let thrownByMutate = false
  let produced: readonly [{ state: S; result: unknown }, Patch[], Patch[]]
  try {
    produced = produceWithPatches({ state: base, result: undefined as unknown } as { state: S; result: unknown }, (wrapper) => {
      try {
        wrapper.result = mutate(wrapper.state as S) as Draft<unknown>
      } catch (error) {
        thrownByMutate = true
        throw error
      }
    })
  } catch (error) {
    // The service's own error passes through untouched.
    if (thrownByMutate) throw error
    throw new DraftError(error)
  }
  const [out, rawPatches] = produced
  const patches = rawPatches.filter((p) => p.path[0] === 'state').map((p) => ({ ...p, path: p.path.slice(1) }))
  return { next: out.state as S, result: out.result as T, patches }
}
