import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { serveAppRequest } from '../../src/main/shell/app-protocol'
import { CONTENT_SECURITY_POLICY } from '../../src/main/shell/csp'

// Runs after `npm run test:e2e` has built out/renderer, the folder the app serves on app://samverkan.
const root = resolve(import.meta.dirname, '../../out/renderer')
const META_CSP = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/

describe('the built renderer, as app://samverkan serves it', () => {
  it('carries the CSP meta tag in index.html, and the header on the response', async () => {
    const html = await readFile(resolve(root, 'index.html'), 'utf8')
    const meta = META_CSP.exec(html)?.[1] ?? ''
    expect(meta).toContain("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY.startsWith(meta.replace(/;\s*$/, ''))).toBe(true)
    const answer = await serveAppRequest(root, { method: 'GET', url: 'app://samverkan/index.html' })
    expect(answer.status).toBe(200)
    expect(answer.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY)
    expect(META_CSP.test(new TextDecoder().decode(answer.body ?? undefined))).toBe(true)
  })

  it('serves every script and style index.html names', async () => {
    const html = await readFile(resolve(root, 'index.html'), 'utf8')
    const assets = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1])
    expect(assets.length).toBeGreaterThan(0)
    for (const asset of assets) {
      const url = new URL(asset, 'app://samverkan/index.html').href
      expect((await serveAppRequest(root, { method: 'GET', url })).status, url).toBe(200)
    }
  })
})
