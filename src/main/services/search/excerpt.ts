import type { Segment } from '../../../shared/contract/search'
import { tokens, type Token } from '../../../shared/search/terms'

/** Characters of context before and after the first match. */
const BEFORE = 40
const AFTER = 90

/** `text` cut into plain and matched pieces; `matched` holds folded terms. */
export function segments(text: string, found: readonly Token[], from = 0, to = text.length): Segment[] {
  const out: Segment[] = []
  let at = from
  for (const t of found) {
    if (t.start < from || t.end > to) continue
    if (t.start > at) out.push({ text: text.slice(at, t.start), match: false })
    out.push({ text: text.slice(t.start, t.end), match: true })
    at = t.end
  }
  if (at < to) out.push({ text: text.slice(at, to), match: false })
  return out
}

const matchesIn = (text: string, matched: ReadonlySet<string>): Token[] => tokens(text).filter((t) => matched.has(t.term))

/** The whole title, its matched words marked. */
export const titleSegments = (title: string, matched: ReadonlySet<string>): Segment[] => segments(title, matchesIn(title, matched))

/** Back to the start of a word (or the text), so the excerpt never begins mid-word. */
function wordStart(text: string, at: number): number {
  const space = text.lastIndexOf(' ', at)
  return space < 0 ? 0 : space + 1
}

function wordEnd(text: string, at: number): number {
  const space = text.indexOf(' ', at)
  return space < 0 ? text.length : space
}

/**
 * A short excerpt around the first matched word of the first field that has one, with
 * every matched word in it marked; "…" where it was cut. Lines are joined by " · ", so
 * an excerpt from notes reads on one line.
 */
export function excerpt(fields: readonly string[], matched: ReadonlySet<string>): Segment[] {
  for (const field of fields) {
    const text = field
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .join(' · ')
    const found = matchesIn(text, matched)
    if (found.length === 0) continue
    const first = found[0]
    const from = first.start <= BEFORE ? 0 : wordStart(text, first.start - BEFORE)
    const to = Math.max(first.end, text.length - from <= BEFORE + AFTER ? text.length : wordEnd(text, first.end + AFTER))
    const parts = segments(text, found, from, to)
    if (from > 0) parts.unshift({ text: '…', match: false })
    if (to < text.length) parts.push({ text: '…', match: false })
    return parts
  }
  return []
}
