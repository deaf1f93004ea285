/**
 * Hostile strings every boundary and export test uses (issue 10).
 * NOTE for the lead: the imports helper creates a file of this name and purpose too;
 * keep one when merging (this copy was made on the `boundary` branch before theirs
 * reached main).
 */

/** Each character class the text rules must handle, with a readable name. */
export const HOSTILE_CHARACTERS = {
  nul: '\u0000',
  c0: '\u0001\u0007\u001b',
  del: '\u007f',
  c1: '\u0080\u0085\u0096\u009f',
  // Low before high: the other order would join into a valid pair (an emoji) in HOSTILE_JUNK.
  loneLowSurrogate: '\ude00',
  loneHighSurrogate: '\ud83d',
  nonCharacters: '\ufffe\uffff\ufdd0\u{1fffe}',
  bidiOverrides: '\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069'
} as const

/** All of them in one string. */
export const HOSTILE_JUNK = Object.values(HOSTILE_CHARACTERS).join('')

/** Text that must survive untouched: Swedish letters, emoji (surrogate pairs), Arabic, combining marks. */
export const PRECIOUS_TEXT = 'Åsa Öberg-Ärlig 😀 مرحبا e\u0301 “citat” – €'

/** A name that looks filled in to a length check but shows nothing. */
export const INVISIBLE_NAME = '\u0001'.repeat(200)

/** The address that made the old e-mail pattern backtrack for seconds. */
export const BACKTRACKING_EMAIL = `a@${'.'.repeat(50_000)}@`

export const ONE_MB = 1024 * 1024
export const megabytes = (n: number, ch = 'a'): string => ch.repeat(n * ONE_MB)
