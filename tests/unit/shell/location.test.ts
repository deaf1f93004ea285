import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { isExternalUrl, isWebUrl, rendererLocation } from '../../../src/main/shell/location'

describe('rendererLocation', () => {
  const mainDir = join('/opt', 'Samverkan', 'resources', 'app.asar', 'out', 'main')
  const indexHtml = join('/opt', 'Samverkan', 'resources', 'app.asar', 'out', 'renderer', 'index.html')

  it('loads the built index.html beside the main bundle and trusts only that file', () => {
    const location = rendererLocation(mainDir)
    expect(location.file).toBe(indexHtml)
    const own = pathToFileURL(indexHtml).href
    expect(location.url).toBe(own)
    expect(location.isAppUrl(own)).toBe(true)
    expect(location.isAppUrl(`${own}#/kontakter`)).toBe(true)
    expect(location.isAppUrl(`${own}?vy=moten`)).toBe(true)
    expect(location.isAppUrl(pathToFileURL(join(mainDir, 'index.js')).href)).toBe(false)
    expect(location.isAppUrl('file:///etc/passwd')).toBe(false)
    expect(location.isAppUrl('https://example.org/out/renderer/index.html')).toBe(false)
    expect(location.isAppUrl('inte en adress')).toBe(false)
  })

  it('trusts the dev server origin only, when one is given', () => {
    const location = rendererLocation(mainDir, 'http://localhost:5173/')
    expect(location.file).toBeNull()
    expect(location.url).toBe('http://localhost:5173/')
    expect(location.isAppUrl('http://localhost:5173/src/main.tsx')).toBe(true)
    expect(location.isAppUrl('http://localhost:5174/')).toBe(false)
    expect(location.isAppUrl('https://localhost:5173/')).toBe(false)
    expect(location.isAppUrl(pathToFileURL(indexHtml).href)).toBe(false)
  })

  it('falls back to the built file when the dev server URL is not a usable origin', () => {
    expect(rendererLocation(mainDir, 'not a url').file).toBe(indexHtml)
    expect(rendererLocation(mainDir, 'file:///tmp/x.html').file).toBe(indexHtml)
  })
})

describe('external links', () => {
  it('lets the web and e-mail out, nothing else', () => {
    expect(isWebUrl('https://example.org')).toBe(true)
    expect(isWebUrl('http://example.org')).toBe(true)
    expect(isWebUrl('mailto:a@example.org')).toBe(false)
    expect(isExternalUrl('mailto:a@example.org')).toBe(true)
    for (const url of ['file:///C:/Windows/system32/calc.exe', 'javascript:alert(1)', 'smb://server/share', 'ms-msdt:x', '']) {
      expect(isExternalUrl(url), url).toBe(false)
    }
  })
})
