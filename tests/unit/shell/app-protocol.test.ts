import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resolveAppPath, serveAppRequest } from '../../../src/main/shell/app-protocol'
import { CONTENT_SECURITY_POLICY } from '../../../src/main/shell/csp'

let base: string
let root: string
beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'samverkan-protocol-'))
  root = join(base, 'out', 'renderer')
  await mkdir(join(root, 'assets'), { recursive: true })
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Samverkan</title>')
  await writeFile(join(root, 'assets', 'index-abc.js'), 'console.log(1)')
  await writeFile(join(base, 'out', 'secret.json'), '{"hemligt":true}')
  await mkdir(join(base, 'out', 'main'))
  await writeFile(join(base, 'out', 'main', 'index.js'), 'main')
  await symlink(join(base, 'out', 'secret.json'), join(root, 'assets', 'link.json'))
  await symlink(join(base, 'out', 'main'), join(root, 'linked-folder'))
})
afterAll(async () => rm(base, { recursive: true, force: true }))

const get = (url: string, method = 'GET') => serveAppRequest(root, { method, url })

describe('the app:// protocol handler', () => {
  it('serves files of the renderer folder with their type and the CSP header', async () => {
    const page = await get('app://samverkan/index.html#/kontakter')
    expect(page.status).toBe(200)
    expect(page.headers).toMatchObject({
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff'
    })
    expect(new TextDecoder().decode(page.body ?? undefined)).toContain('<title>Samverkan</title>')
    expect((await get('app://samverkan/')).status).toBe(200)
    expect(await get('app://samverkan/assets/index-abc.js')).toMatchObject({ status: 200, headers: { 'Content-Type': 'text/javascript; charset=utf-8' } })
    expect(await get('app://samverkan/index.html', 'HEAD')).toMatchObject({ status: 200, body: null })
  })

  it.each([
    ['a plain ../', 'app://samverkan/../secret.json'],
    ['%2e%2e segments', 'app://samverkan/%2e%2e/secret.json'],
    ['an encoded slash hiding ..', 'app://samverkan/..%2Fsecret.json'],
    ['a doubly encoded ..', 'app://samverkan/%252e%252e%252fsecret.json'],
    ['a backslash', 'app://samverkan/..%5Csecret.json'],
    ['a raw backslash', 'app://samverkan/assets\\..\\..\\secret.json'],
    ['an absolute path', 'app://samverkan//etc/passwd'],
    ['an encoded absolute path', 'app://samverkan/%2Fetc%2Fpasswd'],
    ['a drive letter', 'app://samverkan/C:/Windows/win.ini'],
    ['a NUL', 'app://samverkan/index.html%00.js'],
    ['a symlink to a file outside', 'app://samverkan/assets/link.json'],
    ['a symlink to a folder outside', 'app://samverkan/linked-folder/index.js'],
    ['another host', 'app://other/index.html'],
    ['another scheme', 'file:///etc/passwd'],
    ['a folder', 'app://samverkan/assets'],
    ['a missing file', 'app://samverkan/saknas.js'],
    ['broken escapes', 'app://samverkan/%E0%A4%A.js']
  ])('answers 404 to %s', async (_what, url) => {
    const answer = await get(url)
    expect(answer.status).toBe(404)
    expect(answer.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY)
    expect(new TextDecoder().decode(answer.body ?? undefined)).not.toContain('hemligt')
  })

  it('refuses other methods', async () => {
    expect((await get('app://samverkan/index.html', 'POST')).status).toBe(405)
  })

  it('never resolves a path outside the root, whatever the URL', () => {
    for (const url of ['app://samverkan/../../x', 'app://samverkan/a/%2e%2e/%2e%2e/x', 'app://samverkan/a/..%2f..%2fx']) {
      const path = resolveAppPath(root, url)
      expect(path === null || path.startsWith(root), url).toBe(true)
    }
  })
})
