/**
 * Text folding for search and matching.
 *
 * Swedish convention: å, ä and ö are letters of their own (sorted after z), so a search
 * for "ahlen" does not find "Åhlén" – but "åhlen" does, because é, ü, à and other
 * diacritics are folded (é→e, ü→u). Danish/Norwegian æ and ø count as ä and ö, as in
 * Swedish dictionaries.
 */

const COMBINING = /[\u0300-\u036f]/g
const HAS_COMBINING = /[\u0300-\u036f]/
const NON_ASCII = /[^\u0000-\u007f]/g

/** Folded form of each non-ASCII character met so far: search folds 5,000 names per change. */
const folded = new Map<string, string>([
  ['å', 'å'],
  ['ä', 'ä'],
  ['ö', 'ö'],
  ['æ', 'ä'],
  ['ø', 'ö']
])

function foldChar(ch: string): string {
  let out = folded.get(ch)
  if (out === undefined) {
    out = ch.normalize('NFD').replace(COMBINING, '')
    folded.set(ch, out)
  }
  return out
}

/** Lower case, diacritics folded except å ä ö, whitespace collapsed. */
export function foldForSearch(value: string): string {
  let text = value.toLowerCase()
  // Text pasted from some programs arrives decomposed (a + ring); compose it first.
  if (HAS_COMBINING.test(text)) text = text.normalize('NFC')
  return text.replace(NON_ASCII, foldChar).replace(/\s+/g, ' ').trim()
}

/** Lower case with every diacritic removed, å ä ö included: for matching column headers. */
export function foldAll(value: string): string {
  return value
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** The key two names are compared by when looking for duplicates. */
export function nameKey(value: string): string {
  return foldForSearch(value).replace(/[^\p{L}\p{N} ]/gu, '')
}

/** Swedish collation: å ä ö after z, case and other accents secondary. */
export const swedishCollator = new Intl.Collator('sv', { sensitivity: 'accent', numeric: true })
