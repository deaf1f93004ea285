/**
 * Deepest nesting of objects and arrays the store accepts. Rich text is the
 * only recursive part of the register (a list in a list in a table cell is
 * about 20 levels); zod's recursive schema overflows the stack somewhere past
 * 1,500, so anything deeper than this is damage or an attack, and is refused
 * before the schema ever sees it.
 */
export const MAX_DEPTH = 256

/** Whether `value` nests deeper than `limit`; iterative, so deep input cannot overflow the stack here either. */
export function nestsDeeperThan(value: unknown, limit = MAX_DEPTH): boolean {
  // Two parallel stacks rather than [value, depth] pairs: this walks every object of the register on open.
  const values: object[] = []
  const depths: number[] = []
  const push = (child: unknown, depth: number) => {
    if (typeof child === 'object' && child !== null) {
      values.push(child)
      depths.push(depth)
    }
  }
  push(value, 0)
  while (values.length > 0) {
    const current = values.pop()!
    const depth = depths.pop()!
    if (depth >= limit) return true
    if (Array.isArray(current)) for (const child of current) push(child, depth + 1)
    else for (const key in current) push((current as Record<string, unknown>)[key], depth + 1)
  }
  return false
}

/** Whether `output` lacks a key that `input` had, anywhere: what a schema parse silently dropped. */
export function dropsKeys(input: unknown, output: unknown): boolean {
  const stack: [unknown, unknown][] = [[input, output]]
  while (stack.length > 0) {
    const [a, b] = stack.pop()!
    if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) continue
    if (Array.isArray(a)) {
      if (Array.isArray(b)) a.forEach((item, i) => stack.push([item, b[i]]))
      continue
    }
    for (const [key, value] of Object.entries(a)) {
      if (value === undefined) continue
      if (!(key in b)) return true
      stack.push([value, (b as Record<string, unknown>)[key]])
    }
  }
  return false
}
