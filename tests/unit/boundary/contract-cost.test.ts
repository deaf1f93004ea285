import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { contract, METHOD_NAMES } from '../../../src/shared/contract'
import { DatabaseSchema } from '../../../src/shared/domain/database'
import { HOSTILE_JUNK, ONE_MB } from '../../support/hostile'
import { bestOf } from '../../support/timing'

type Def = { type: string; [key: string]: unknown }
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def

/**
 * An input for `schema` with `big` in every string position it can find, walking the
 * schema itself, so a method or field added later is covered without touching this test.
 */
function flood(schema: z.ZodType, big: string, depth = 0): unknown {
  if (depth > 8) return big
  const def = defOf(schema)
  const inner = (s: unknown) => flood(s as z.ZodType, big, depth + 1)
  switch (def.type) {
    case 'object':
      return Object.fromEntries(Object.entries(def.shape as Record<string, z.ZodType>).map(([k, v]) => [k, inner(v)]))
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return inner(def.innerType)
    case 'pipe':
      return inner(def.in)
    case 'array':
      return [inner(def.element), inner(def.element)]
    case 'union': {
      const options = def.options as z.ZodType[]
      return inner(options.find((o) => !['undefined', 'null'].includes(defOf(o).type)) ?? options[0])
    }
    case 'lazy':
      return inner((def.getter as () => z.ZodType)())
    case 'record':
      return { [big.slice(0, 1000)]: inner(def.valueType) }
    default:
      return big
  }
}

/** How many copies of `big` an input holds: the linear cost to expect is one pass per copy. */
function copiesOf(input: unknown, big: string): number {
  if (input === big) return 1
  if (Array.isArray(input)) return input.reduce((n: number, v) => n + copiesOf(v, big), 0)
  if (typeof input === 'object' && input !== null) return Object.values(input).reduce((n: number, v) => n + copiesOf(v, big), 0)
  return 0
}

/** One linear pass over every character of `big`, the unit the costs are measured in. */
const onePass = (big: string) => bestOf(3, () => JSON.stringify(big))

const VARIANTS: Record<string, string> = {
  letters: 'a'.repeat(ONE_MB),
  dots: `a@${'.'.repeat(ONE_MB)}@`,
  spaces: `${' '.repeat(ONE_MB)}x`,
  junk: HOSTILE_JUNK.repeat(ONE_MB / HOSTILE_JUNK.length),
  digits: '1'.repeat(ONE_MB)
}

/**
 * Every string check in the contract stays cheap on a megabyte: each method's input,
 * flooded in every string field, parses within a small multiple of one linear pass over
 * the same megabyte per copy it holds (JSON.stringify, same run). A backtracking pattern
 * costs seconds on a megabyte, thousands of times that.
 */
describe('contract input cost on 1 MB strings', () => {
  it.each(Object.entries(VARIANTS))('stays linear for %s', (_name, big) => {
    const baseline = onePass(big)
    const worst: [string, number][] = []
    for (const name of METHOD_NAMES) {
      const schema = contract[name].input
      for (const input of [big, flood(schema, big)]) {
        const cost = bestOf(2, () => schema.safeParse(input))
        worst.push([name, cost / (baseline * Math.max(1, copiesOf(input, big)))])
      }
    }
    worst.sort((a, b) => b[1] - a[1])
    console.info(`1 MB ${_name}: slowest ${worst.slice(0, 3).map(([n, r]) => `${n} ${r.toFixed(2)}×`).join(', ')} of one pass per copy`)
    expect(worst[0][1]).toBeLessThan(20)
  })
})

/** The same for every record schema of the data file, which is parsed at every start (a 100 k address once delayed it 11.5 s). */
describe('data file record cost on 1 MB strings', () => {
  const records = Object.entries(DatabaseSchema.shape).map(([key, schema]) => {
    const def = defOf(schema)
    return [key, def.type === 'array' ? (def.element as z.ZodType) : schema] as const
  })

  it.each(Object.entries(VARIANTS))('stays linear for %s', (_name, big) => {
    const baseline = onePass(big)
    for (const [key, schema] of records) {
      const record = flood(schema, big)
      const ratio = bestOf(2, () => schema.safeParse(record)) / (baseline * Math.max(1, copiesOf(record, big)))
      expect(ratio, key).toBeLessThan(20)
    }
  })
})
