/**
 * The one e-mail check, for every address field (contacts, invitees, registrations,
 * settings). Practical, not RFC 5322: one @, no spaces or characters mail programs
 * reject, a domain of dot-separated non-empty labels and a top-level label of at least
 * two non-digits. It catches typos ("anna.se", "anna@@polisen.se", "anna@polisen..se").
 *
 * Written as splits and single-class tests, not one pattern, so it is linear in the
 * length whatever the input; the length is checked first, so a 10 MB string costs
 * one comparison.
 */

export const EMAIL_MAX_LENGTH = 254

const FORBIDDEN = /[\s@<>()[\],;:"\p{Cc}\p{Cf}]/u
const DIGIT = /\d/

export function isValidEmail(value: string): boolean {
  const address = value.trim()
  if (address.length > EMAIL_MAX_LENGTH) return false
  const at = address.indexOf('@')
  if (at <= 0 || at !== address.lastIndexOf('@')) return false
  if (FORBIDDEN.test(address.slice(0, at))) return false
  const labels = address.slice(at + 1).split('.')
  if (labels.length < 2 || labels.some((label) => label === '' || FORBIDDEN.test(label))) return false
  const top = labels[labels.length - 1]
  return top.length >= 2 && !DIGIT.test(top)
}

/** The key two addresses are compared by: case never matters in practice. */
export function emailKey(value: string): string {
  return value.trim().toLowerCase()
}
