/** Records by id, one map per list: unchanged lists are the same frozen arrays, so their map is built once. */
const maps = new WeakMap<readonly { id: string }[], Map<string, unknown>>()

export function byId<R extends { id: string }>(list: readonly R[], id: string | null | undefined): R | undefined {
  if (!id) return undefined
  let map = maps.get(list)
  if (!map) {
    map = new Map(list.map((r) => [r.id, r]))
    maps.set(list, map)
  }
  return map.get(id) as R | undefined
}
