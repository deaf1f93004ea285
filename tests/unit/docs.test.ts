import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runDemo } from '../../src/main/example/demo'
import { openStore } from '../../src/main/store'

const ROOT = join(import.meta.dirname, '../..')
const tracked = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' })
  .split('\n')
  .filter((f) => f !== '' && existsSync(join(ROOT, f)) && !f.startsWith('tests/fixtures/') && f !== 'package-lock.json')
const text = (file: string) => readFileSync(join(ROOT, file), 'utf8')

describe('the repository carries its own documentation', () => {
  it('no tracked file refers to the shared folder outside the repository', () => {
    // "../shared/docs", "../../shared/examples", "/work/shared": what a clone does not have.
    const outside = /(?:\.\.\/)+shared\/(?:docs|examples|hooks)\b|\/work\/shared\b|(?<![\w/])shared\/(?:docs|examples)\//
    const offenders = tracked.filter((f) => f !== 'tests/unit/docs.test.ts' && outside.test(text(f)))
    expect(offenders).toEqual([])
  })

  it('every .md a tracked file names exists in the repository', () => {
    const missing: string[] = []
    for (const file of tracked.filter((f) => /\.(md|ts|tsx|mjs|js|json|yml)$/.test(f))) {
      for (const [, name] of text(file).matchAll(/(?<![\w.-])((?:[\w.-]+\/)*[\w-]+\.md)\b/g)) {
        const found = [join(ROOT, name), join(ROOT, dirname(file), name), join(ROOT, 'docs', name)].some(existsSync)
        if (!found) missing.push(`${file}: ${name}`)
      }
    }
    expect(missing).toEqual([])
  })

  it('has the domain, the document formats and the architecture, linked from the README', () => {
    const readme = text('README.md')
    for (const page of ['docs/domain.md', 'docs/formats.md', 'docs/architecture.md']) {
      expect(existsSync(join(ROOT, page))).toBe(true)
      expect(readme).toContain(`](${page})`)
    }
    for (const [, target] of text('docs/architecture.md').matchAll(/`(src\/[\w/.-]+|tests\/[\w/.-]+|scripts\/[\w/.-]+)`/g)) {
      expect(existsSync(join(ROOT, target)), `architecture.md names ${target}`).toBe(true)
    }
  })

  it('says exactly which documents `npm run demo` writes', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'samverkan-demo-readme-'))
    try {
      const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined }
      const { documents } = await runDemo(folder, { openStore, clock: () => new Date('2026-11-26T10:00:00Z'), log: quiet })
      const row = text('README.md').split('\n').find((l) => l.startsWith('| `npm run demo'))!
      const named = [...row.matchAll(/`([\w-]+\.(?:docx|eml|ics|xlsx))`/g)].map((m) => m[1])
      expect(named).toEqual(documents.map((d) => basename(d)))
      expect(row).toContain(documents.length === 1 ? 'writes one file' : `writes ${documents.length} files`)
      expect((await readdir(folder)).sort()).toEqual(['data', ...named].sort())
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
  })
})
