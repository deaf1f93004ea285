import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY, withCsp } from '../../../src/main/shell/csp'

const indexHtml = readFileSync(resolve(import.meta.dirname, '../../../src/renderer/index.html'), 'utf8')

describe('the Content-Security-Policy', () => {
  it('is the meta tag of the renderer plus the header-only frame-ancestors, so dev and the built app behave alike', () => {
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(indexHtml)?.[1]
    expect(meta).toBeDefined()
    const directives = (csp: string): string[] => csp.split(';').map((d) => d.trim()).filter(Boolean).sort()
    const metaDirectives = directives(meta ?? '').filter((d) => !d.startsWith('frame-ancestors'))
    expect(directives(CONTENT_SECURITY_POLICY)).toEqual([...metaDirectives, "frame-ancestors 'none'"].sort())
  })

  it('allows scripts from the app only: no inline script, no eval', () => {
    const script = CONTENT_SECURITY_POLICY.split(';').find((d) => d.trim().startsWith('script-src'))
    expect(script?.trim()).toBe("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval')
  })

  it('replaces a policy sent by the server, whatever its casing, and keeps other headers', () => {
    const headers = withCsp({ 'content-security-policy': ["script-src 'unsafe-inline'"], 'Cache-Control': ['no-cache'] })
    expect(headers).toEqual({ 'Cache-Control': ['no-cache'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] })
    expect(withCsp(undefined)).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] })
  })
})
