/**
 * The renderer's Content-Security-Policy: the meta tag in src/renderer/index.html
 * (a test keeps them equal) plus frame-ancestors, which browsers honour only as a
 * header. The meta tag covers the built file; the header covers pages served over
 * http by the dev server, where a response header is the stronger guarantee.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join('; ')

type Headers = Record<string, string[]> | undefined

/** Response headers with our CSP, replacing any the server sent under another casing. */
export function withCsp(headers: Headers): Record<string, string[]> {
  const kept = Object.entries(headers ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy')
  return { ...Object.fromEntries(kept), 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] }
}
