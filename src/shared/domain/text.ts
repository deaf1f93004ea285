/**
 * Text normalisation at the boundary: every free-text field of the domain and the
 * contract goes through `cleanText`, on input and on load alike, so stored data that
 * predates these rules is normalised when read instead of being refused.
 *
 * Removed: C0/C1 control characters (tab and newline survive in multi-line fields;
 * in single-line fields they become a space), bidi embeddings, overrides and isolates
 * (U+202A–202E, U+2066–2069: they can make "exe.txt" read as "txt.exe"), lone
 * surrogates and Unicode non-characters (U+FFFE, U+FFFF, U+FDD0–FDEF…).
 *
 * Stripped rather than refused: none of them can be seen or typed on purpose, so an
 * error about them would name something the coordinator cannot find or fix, and the
 * same rule must hold for data already stored, which cannot be refused without
 * quarantining her whole register. Every regular expression here is a single
 * character class (no nesting), so the cost is linear in the length.
 */

// \p{Cc} is C0, DEL and C1; lone surrogates only match as such in /u mode (pairs are code points).
const INVISIBLE_JUNK = /[\p{Cc}\p{Noncharacter_Code_Point}\u202A-\u202E\u2066-\u2069\uD800-\uDFFF]/gu
const LINE_BREAK = /\r\n?/g
// The same class as INVISIBLE_JUNK (tab, newline and \r included), not global: a string without any needs only trimming.
const NEEDS_CLEANING = /[\p{Cc}\p{Noncharacter_Code_Point}\u202A-\u202E\u2066-\u2069\uD800-\uDFFF]/u
const VISIBLE = /[^\s\p{Cc}\p{Cf}\p{Z}\p{Noncharacter_Code_Point}\uD800-\uDFFF]/u

function keepOrDrop(multiline: boolean): (ch: string) => string {
  return (ch) => {
    if (ch === '\n' || ch === '\t') return multiline ? ch : ' '
    return ''
  }
}
const singleLineReplacer = keepOrDrop(false)
const multiLineReplacer = keepOrDrop(true)

/** The text as it is stored: junk characters removed (see above), trimmed. */
export function cleanText(value: string, multiline = false): string {
  return withoutJunk(value, multiline).trim()
}

/**
 * The same rule without the trim, for text that is one piece of a larger whole: a rich-text
 * node's text ("Lägesbild " before a bold word) keeps the spaces that join it to the next.
 */
export function withoutJunk(value: string, multiline = false): string {
  // Nearly all text is clean: one scan finds that out, and the register loads at start.
  if (!NEEDS_CLEANING.test(value)) return value
  const lines = value.replace(LINE_BREAK, '\n')
  return lines.replace(INVISIBLE_JUNK, multiline ? multiLineReplacer : singleLineReplacer)
}

/** True when the text holds something a reader can see: 200 × U+0001 or zero-width spaces do not count. */
export function hasVisibleText(value: string): boolean {
  return VISIBLE.test(value)
}
