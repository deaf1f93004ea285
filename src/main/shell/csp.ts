/**
 * The renderer's Content-Security-Policy: the meta tag in src/renderer/index.html
 * (a test keeps them equal) plus frame-ancestors, which browsers honour only as a
 * header. The built app's responses on app://samverkan carry it as a header
 * (app-protocol.ts), the dev server's get it from the session (guards.ts); the meta
 * tag stays as a second line of defence.
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
