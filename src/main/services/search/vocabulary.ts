/** At most this many words are added for one typed word found inside longer words. */
const MAX_INSIDE = 60
/** Shorter typed words match only at the start of words: "po" inside everything would be noise. */
const INSIDE_FROM = 3

/**
 * The distinct terms in the index, counted by how many documents hold them. MiniSearch
 * matches a typed word at the start of indexed words (prefix); Swedish joins words
 * ("kommunpolis", "trygghetsvandring"), so "polis" must also be found inside one. The
 * few indexed terms containing a typed word are looked up here and searched for
 * exactly: a scan of the distinct words, never of the records.
 */
export class Vocabulary {
  private readonly counts = new Map<string, number>()
  /** Every term between newlines, for one indexOf scan; rebuilt on the first lookup after a change. */
  private joined: string | null = null

  add(terms: Iterable<string>): void {
    for (const term of terms) this.counts.set(term, (this.counts.get(term) ?? 0) + 1)
    this.joined = null
  }

  remove(terms: Iterable<string>): void {
    for (const term of terms) {
      const n = (this.counts.get(term) ?? 0) - 1
      if (n > 0) this.counts.set(term, n)
      else this.counts.delete(term)
    }
    this.joined = null
  }

  get size(): number {
    return this.counts.size
  }

  /** Indexed terms that contain `typed` after their first letter (prefixes MiniSearch finds itself). */
  inside(typed: string): string[] {
    if (typed.length < INSIDE_FROM) return []
    this.joined ??= `\n${[...this.counts.keys()].join('\n')}\n`
    const all = this.joined
    const out = new Set<string>()
    for (let at = all.indexOf(typed); at >= 0 && out.size < MAX_INSIDE; at = all.indexOf(typed, at + 1)) {
      const start = all.lastIndexOf('\n', at) + 1
      // At the start of a term: a prefix, which MiniSearch finds itself.
      if (start === at) continue
      out.add(all.slice(start, all.indexOf('\n', at)))
    }
    return [...out]
  }
}
