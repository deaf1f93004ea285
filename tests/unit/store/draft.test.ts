import { describe, expect, it } from 'vitest'
import { produce } from '../../../src/main/store/draft'

interface Item {
  id: string
  name: string
  tags: string[]
  extra?: { note: string }
}
interface Doc {
  items: Item[]
  meta: Record<string, unknown>
  untouched: { deep: { list: number[] } }
}

function seeded(seed: number): () => number {
  let s = seed
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
}

function base(): Doc {
  return {
    items: Array.from({ length: 8 }, (_, i) => ({ id: `item${i}`, name: `namn ${i}`, tags: ['a'], extra: { note: 'n' } })),
    meta: { count: 0, nested: { a: 1 } },
    untouched: { deep: { list: [1, 2, 3] } }
  }
}

/** Mutations services really write: field edits, push, splice, sort, filter, spread, delete, moving objects. */
const OPS: ((d: Doc, r: () => number) => void)[] = [
  (d, r) => d.items.length && (d.items[Math.floor(r() * d.items.length)].name = `ändrad ${r()}`),
  (d, r) => d.items.push({ id: `new${r()}`, name: 'ny', tags: [] }),
  (d, r) => d.items.length && d.items.splice(Math.floor(r() * d.items.length), 1),
  (d) => d.items.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
  (d, r) => d.items.length && d.items[Math.floor(r() * d.items.length)].tags.push(`t${r()}`),
  (d, r) => d.items.length && delete d.items[Math.floor(r() * d.items.length)].extra,
  (d) => (d.items = d.items.filter((x) => x.name.length % 2 === 0)),
  (d, r) => {
    const i = Math.floor(r() * d.items.length)
    if (d.items.length) d.items[i] = { ...d.items[i], name: 'spridd' }
  },
  (d, r) => Object.assign(d.meta, { count: r() }),
  (d) => d.items.reverse(),
  (d) => d.items.length && (d.meta.first = { item: d.items[0] }),
  (d, r) => d.items.length && d.items.push(d.items[Math.floor(r() * d.items.length)]),
  (d) => ((d.meta.nested as { a: number }).a += 1),
  (d, r) => {
    const item = d.items[Math.floor(r() * d.items.length)]
    if (item?.extra) item.extra.note = 'ny not'
  }
]

describe('copy-on-write drafts', () => {
  it('give the same result as mutating a deep clone, over 300 random mutation sequences', () => {
    for (let trial = 0; trial < 300; trial++) {
      const original = base()
      const snapshot = JSON.stringify(original)
      const pick = seeded(trial + 1000)
      const steps = Array.from({ length: 1 + (trial % 6) }, () => OPS[Math.floor(pick() * OPS.length)])
      const run = (d: Doc) => {
        const r = seeded(trial + 1)
        for (const step of steps) step(d, r)
        return d.items[0] ?? null
      }
      const expected = structuredClone(original)
      const expectedResult = run(expected)
      const { next, result } = produce(original, run)
      expect(JSON.parse(JSON.stringify(next))).toEqual(JSON.parse(JSON.stringify(expected)))
      expect(JSON.parse(JSON.stringify(result))).toEqual(JSON.parse(JSON.stringify(expectedResult)))
      // The committed state is never touched, and untouched parts are shared, not copied.
      expect(JSON.stringify(original)).toBe(snapshot)
      expect(next.untouched).toBe(original.untouched)
    }
  })

  it('returns plain objects, not proxies, so results can be cloned and sent over IPC', () => {
    const { next, result } = produce(base(), (d) => {
      d.items[2].name = 'x'
      return { changed: d.items[2], all: d.items }
    })
    expect(() => structuredClone(next)).not.toThrow()
    expect(() => structuredClone(result)).not.toThrow()
    expect(result.changed).toBe(next.items[2])
  })

  it('shares untouched records and copies only the changed path', () => {
    const original = base()
    const { next } = produce(original, (d) => {
      d.items[3].tags.push('b')
    })
    expect(next).not.toBe(original)
    expect(next.items).not.toBe(original.items)
    expect(next.items[3]).not.toBe(original.items[3])
    expect(next.items[2]).toBe(original.items[2])
    expect(next.items[3].extra).toBe(original.items[3].extra)
    expect(next.meta).toBe(original.meta)
    expect(original.items[3].tags).toEqual(['a'])
  })

  it('returns the base itself when nothing changed, even after reads', () => {
    const original = base()
    const { next } = produce(original, (d) => d.items.map((i) => i.name).join())
    expect(next).toBe(original)
  })

  it('refuses writes through a draft kept after the update finished', () => {
    let kept: Item | undefined
    const { next } = produce(base(), (d) => {
      kept = d.items[0]
      kept.name = 'inne'
    })
    expect(() => (kept!.name = 'efteråt')).toThrow(TypeError)
    expect(next.items[0].name).toBe('inne')
  })
})
