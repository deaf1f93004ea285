import { spawn } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { performance } from 'node:perf_hooks'
import { build } from 'esbuild'

/** One file like the app's main bundle, so module loading costs what it costs in the app. */
export async function bundleStartChild(): Promise<{ file: string; empty: string; dispose: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'samverkan-bench-start-'))
  const file = join(dir, 'start-child.mjs')
  await build({
    entryPoints: [fileURLToPath(new URL('./start-child.ts', import.meta.url))],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" }
  })
  const empty = join(dir, 'empty.mjs')
  await writeFile(empty, '')
  return { file, empty, dispose: () => rm(dir, { recursive: true, force: true }) }
}

/** Wall time from spawning `node <args>` to the line `until` on its stdout (or its exit); resolves once it has exited. */
export function timeToLine(args: string[], until: string | null): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now()
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    let stderr = ''
    let answered: number | null = null
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.stdout.on('data', (chunk: Buffer) => {
      if (answered === null && until && chunk.toString().includes(until)) answered = performance.now() - start
    })
    child.on('error', reject)
    // Waiting for the exit keeps the next start from finding this one's lock.
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`start child failed (${code}): ${stderr}`))
      else if (until === null) resolve(performance.now() - start)
      else if (answered !== null) resolve(answered)
      else reject(new Error(`start child never printed "${until}"`))
    })
  })
}

/** Median of `runs` starts (the first is a warm-up for the OS file cache). */
export async function medianStart(args: string[], until: string | null, runs: number): Promise<number> {
  await timeToLine(args, until)
  const times: number[] = []
  for (let i = 0; i < runs; i++) times.push(await timeToLine(args, until))
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]
}
