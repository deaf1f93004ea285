import { foldForSearch } from '../contacts/normalise'

/** A word and where it is in its text: what the index and the excerpts cut text into. */
export interface Token {
  /** The folded form the index holds (foldForSearch: å ä ö kept, é ü folded). */
  term: string
  start: number
  end: number
}

/** Letters, digits and combining marks: "Lokala BRÅ", "kommunpolis", "08-508" → words. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu

/** Words repeat (names, "polisen", "mötet"): folding each distinct one once makes building the index cheaper. */
const folded = new Map<string, string | null>()
const FOLDED_MAX = 100_000

/** The index's term for one word, as Kontakter folds it; null drops it. */
export function processTerm(word: string): string | null {
  let term = folded.get(word)
  if (term === undefined) {
    if (folded.size >= FOLDED_MAX) folded.clear()
    term = foldForSearch(word) || null
    folded.set(word, term)
  }
  return term
}

/** Every word of `text` with its offsets, folded. */
export function tokens(text: string): Token[] {
  const out: Token[] = []
  for (const match of text.matchAll(WORD)) {
    const term = processTerm(match[0])
    if (term) out.push({ term, start: match.index, end: match.index + match[0].length })
  }
  return out
}

/** The words alone, for MiniSearch's tokenizer. */
export const words = (text: string): string[] => text.match(WORD) ?? []
