/**
 * Text safety for XML documents. XML 1.0 forbids C0 controls (except tab, newline
 * and carriage return), lone surrogates and U+FFFE/U+FFFF; one such character makes
 * Word refuse the whole file, so they are removed. Emoji (valid surrogate pairs) and
 * right-to-left text are kept. Escaping of `<&>"'` is the XML writer's job.
 */

// Lone surrogates are matched with lookarounds so valid pairs (emoji) survive.
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Removes every character XML 1.0 cannot carry. */
export function stripXmlForbidden(text: string): string {
  return text.replace(FORBIDDEN, '')
}

/** Escapes text for an XML text node or attribute value. */
export function escapeXml(text: string): string {
  return stripXmlForbidden(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/** The inverse of escapeXml for text read back out of a document part (`&amp;` last, so `&amp;lt;` stays `&lt;`). */
export function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&')
}

/** Collapses runs of whitespace (also line breaks) to single spaces and trims. */
export function singleLine(text: string): string {
  return stripXmlForbidden(text).replace(/\s+/g, ' ').trim()
}

/**
 * A lower-case, space-free file-name part: "Lokala BRÅ" → "lokala-bra".
 * Swedish letters fold to ASCII so the name survives e-mail and old file shares.
 */
export function fileNamePart(text: string): string {
  return text
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}
