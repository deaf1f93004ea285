/**
 * A practical e-mail check: one @, no spaces or characters mail programs reject,
 * a dot in the domain and a top-level part of at least two letters. Not RFC 5322:
 * the point is to catch typos ("anna.se", "anna@@polisen.se"), not exotic addresses.
 */
const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:".]+(\.[^\s@<>()[\],;:".]+)*\.[^\s@<>()[\],;:".0-9]{2,}$/

export function isValidEmail(value: string): boolean {
  return EMAIL.test(value.trim())
}

/** The key two addresses are compared by: case never matters in practice. */
export function emailKey(value: string): string {
  return value.trim().toLowerCase()
}
