import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Plugin } from 'vite'

// tsx's ESM hooks, registered inside the worker before its entry is imported (execArgv
// '--import tsx' does not reach a worker's entry on Node 20).
const TSX_API = pathToFileURL(join(import.meta.dirname, '../../node_modules/tsx/dist/esm/api/index.mjs')).href

const PREFIX = '\0node-worker:'

/**
 * electron-vite's `?nodeWorker` import for tests, which run the TypeScript sources: the
 * worker is the .ts file itself, loaded through tsx, as the build would load its chunk.
 */
export function nodeWorkerForTests(): Plugin {
  return {
    name: 'samverkan:node-worker-for-tests',
    enforce: 'pre',
    resolveId(id, importer) {
      if (!id.endsWith('?nodeWorker') || !importer) return null
      const file = resolve(dirname(importer), id.slice(0, -'?nodeWorker'.length))
      return `${PREFIX}${file.endsWith('.ts') ? file : `${file}.ts`}`
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null
      const entry = pathToFileURL(id.slice(PREFIX.length)).href
      const boot = `import(${JSON.stringify(TSX_API)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}) })`
      return `import { Worker } from 'node:worker_threads'
export default function (options = {}) {
  return new Worker(${JSON.stringify(boot)}, { ...options, eval: true })
}`
    }
  }
}
