import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve, sep } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json'
}

export interface StaticServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string
  close(): Promise<void>
}

/**
 * Serves the built renderer over http on 127.0.0.1: Chromium will not load ES module
 * scripts from file://. `extra` maps URL paths to files outside the root (the axe
 * script, which must come from 'self' to pass the app's CSP).
 */
export async function serveStatic(root: string, extra: Record<string, string> = {}): Promise<StaticServer> {
  const base = resolve(root)
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    const file = extra[path] ?? resolve(join(base, normalize(path === '/' ? '/index.html' : path)))
    if (!extra[path] && !file.startsWith(base + sep)) {
      res.writeHead(403).end()
      return
    }
    stat(file).then(
      (s) => {
        if (!s.isFile()) throw new Error('not a file')
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' })
        createReadStream(file).pipe(res)
      },
      () => res.writeHead(404).end()
    )
  })
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok()))
  }
}
