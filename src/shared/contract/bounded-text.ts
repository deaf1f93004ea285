import { formatDecimal } from '../format/numbers'

/**
 * Keeps error text that echoes the caller's input small: a call with 100,000 unknown
 * keys, or one key name of 10 MB, must not become a multi-megabyte message that the
 * window tries to show.
 */

export const MAX_NAMED = 3

/** `text` cut to `max` characters, with an ellipsis when cut. */
export function truncate(text: string, max = 40): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}

/** "a, b, c och 99 997 till": the first few names, each truncated, and a count of the rest. */
export function nameFew(names: readonly string[], max = MAX_NAMED): string {
  const shown = names.slice(0, max).map((name) => truncate(name)).join(', ')
  const rest = names.length - max
  return rest > 0 ? `${shown} och ${formatDecimal(rest, { grouping: true })} till` : shown
}
