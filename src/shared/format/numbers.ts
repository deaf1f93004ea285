/**
 * Numbers as Swedes write them: a decimal comma ("2,5"), spaces between thousands.
 * Every field where a number is typed parses with `parseDecimal` and shows its value
 * with `formatDecimal`, so "2,5" typed is 2.5 stored and "2,5" shown again.
 */

// Spaces Swedish text uses between thousands: normal, no-break and narrow no-break.
const GROUP_SPACES = /[ \u00a0\u202f]/g
const PLAIN_NUMBER = /^[-+]?(\d+([.,]\d+)?|[.,]\d+)$/

/**
 * The typed text as a number, or null when it is not one. Accepts a comma or a point
 * as the decimal sign (pasted from English programs), spaces between thousands and the
 * typographic minus (U+2212); refuses anything else ("2,5,1", "1e3", "2 st").
 */
export function parseDecimal(text: string): number | null {
  const compact = text.trim().replace(GROUP_SPACES, '').replace('\u2212', '-')
  if (!PLAIN_NUMBER.test(compact)) return null
  const value = Number(compact.replace(',', '.'))
  return Number.isFinite(value) ? value : null
}

export interface FormatOptions {
  /** Most decimals shown; trailing zeros are never shown. Default 2. */
  maxDecimals?: number
  /** Spaces between thousands, as in running text. Off in input fields. Default false. */
  grouping?: boolean
}

/** 2.5 → "2,5"; 1250 → "1250" (or "1 250" with grouping); -1.5 → "-1,5" (ASCII minus, so it can be typed back). */
export function formatDecimal(value: number, options: FormatOptions = {}): string {
  const text = value.toLocaleString('sv-SE', {
    maximumFractionDigits: options.maxDecimals ?? 2,
    useGrouping: options.grouping ?? false
  })
  return text.replace('\u2212', '-')
}
