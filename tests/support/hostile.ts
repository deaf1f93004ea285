/**
 * Hostile and careless strings, one shared set for every test that writes text out
 * (exports, documents, later .eml/.ics) or takes it in (the contract boundary).
 * Each entry says why it is here; `HOSTILE_LIST` is the same set as an array.
 */
export const HOSTILE = {
  /** C0 controls except tab/newline, which XML 1.0 forbids outright. */
  c0Controls: 'A\u0001B\u0002C\u0007D\u0008E\u000BF\u000CG\u001BH\u001FI',
  /** NUL, which ends a C string and is illegal in XML. */
  nul: 'före\u0000efter',
  /** C1 controls: what a Windows-1252 file read as Latin-1 turns – and ” into. */
  c1Controls: 'Områdespolis \u0096 Hägersten \u0094citat\u0094 \u0080',
  /** A lone high surrogate, then a lone low one: no valid UTF-8 exists for either. */
  loneHighSurrogate: 'hög\uD83Dsurrogat',
  loneLowSurrogate: 'låg\uDE00surrogat',
  /** Unicode non-characters, illegal in XML 1.0. */
  nonCharacters: 'slut\uFFFE\uFFFFslut',
  /** Right-to-left override and friends: a file name or cell that reads backwards. */
  bidiOverrides: 'faktura\u202Egpj.exe\u202C \u2066isolerad\u2069 \u200F',
  /** Astral characters stored as surrogate pairs, which must survive whole. */
  emoji: 'Trygghet 👮‍♀️🇸🇪 😀',
  /** Markup and quoting characters every writer must escape. */
  markup: `<b>&amp;</b> & < > " ' ]]> <!-- -->`,
  /** A formula Excel would run from a CSV cell. */
  formula: '=HYPERLINK("http://example.org","x")',
  /** A very long value: 100,000 characters. */
  long: 'Å'.repeat(50_000) + 'x'.repeat(50_000)
} as const

export type HostileName = keyof typeof HOSTILE
export const HOSTILE_LIST: readonly string[] = Object.values(HOSTILE)

/** Characters no well-formed XML 1.0 document may contain (outside tab, LF, CR). */
export const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** What a lone surrogate turns into when a writer encodes it carelessly. */
export const REPLACEMENT_CHARACTER = '\uFFFD'

/** Each character class the text rules must handle, one by one (the boundary tests). */
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
