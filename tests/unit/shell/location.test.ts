import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { isExternalUrl, isWebUrl, rendererLocation } from '../../../src/main/shell/location'

describe('rendererLocation', () => {
  const mainDir = join('/opt', 'Samverkan', 'resources', 'app.asar', 'out', 'main')
  const rendererDir = join('/opt', 'Samverkan', 'resources', 'app.asar', 'out', 'renderer')
  const indexHtml = join(rendererDir, 'index.html')

  it('serves the built renderer folder on app://samverkan and trusts only its page', () => {
    const location = rendererLocation(mainDir)
    expect(location.root).toBe(rendererDir)
    expect(location.url).toBe('app://samverkan/index.html')
    expect(location.isAppUrl('app://samverkan/index.html')).toBe(true)
    expect(location.isAppUrl('app://samverkan/index.html#/kontakter')).toBe(true)
    expect(location.isAppUrl('app://samverkan/index.html?vy=moten')).toBe(true)
    expect(location.isAppUrl('app://samverkan/')).toBe(true)
    for (const foreign of [
      pathToFileURL(indexHtml).href,
      'app://samverkan/assets/index.js',
      'app://other/index.html',
      'app://user@samverkan/index.html',
      'apps://samverkan/index.html',
      'file:///etc/passwd',
      'https://samverkan/index.html',
      'inte en adress'
    ]) {
      expect(location.isAppUrl(foreign), foreign).toBe(false)
    }
  })

  it('trusts the dev server origin only, when one is given', () => {
    const location = rendererLocation(mainDir, 'http://localhost:5173/')
    expect(location.root).toBeNull()
    expect(location.url).toBe('http://localhost:5173/')
    expect(location.isAppUrl('http://localhost:5173/src/main.tsx')).toBe(true)
    expect(location.isAppUrl('http://localhost:5174/')).toBe(false)
    expect(location.isAppUrl('https://localhost:5173/')).toBe(false)
    expect(location.isAppUrl('app://samverkan/index.html')).toBe(false)
  })

  it('falls back to the built renderer when the dev server URL is not a usable origin', () => {
    expect(rendererLocation(mainDir, 'not a url').root).toBe(rendererDir)
    expect(rendererLocation(mainDir, 'file:///tmp/x.html').root).toBe(rendererDir)
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
