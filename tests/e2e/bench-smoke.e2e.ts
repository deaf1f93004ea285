import { execFile } from 'node:child_process'
import { resolve } from 'node:path'
import { promisify } from 'node:util'
import { expect, it } from 'vitest'

const run = promisify(execFile)
const root = resolve(import.meta.dirname, '../..')

// `npm run bench` is not a test and never fails on timing, so nothing else would
// notice when a change breaks it. This runs every section at toy sizes and checks
// only that each printed its table; the numbers are meaningless here.
it('npm run bench still runs every section (smoke sizes, no timing asserted)', async () => {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/bench.ts', '--smoke'], {
    cwd: root,
    timeout: 240_000,
    maxBuffer: 10 * 1024 * 1024
  })
  const sections = stdout.split('\n').filter((line) => line.startsWith('== '))
  expect(sections).toEqual([
    expect.stringContaining('Data store'),
    expect.stringContaining('sökning i minnet'),
    expect.stringContaining('search keystroke'),
    expect.stringContaining('Logo preview'),
    expect.stringContaining('Minnesanteckningar: typing'),
    expect.stringContaining('check-in search'),
    expect.stringContaining('Sök i allt: keystroke'),
    expect.stringContaining('Sök i allt: index build')
  ])
  expect(stdout).toMatch(/src → painted, p50 .* \d+\.\d×/)
  expect(stdout).toMatch(/ratio p50/)
  expect(stdout).toMatch(/kvot sökning\/baslinje/)
  expect(stdout).toMatch(/Ratio search\/baseline: p50 \d/)
  expect(stdout).toMatch(/Ratio autosave on\/off: p50 \d/)
  expect(stdout).toMatch(/Door ratio search\/baseline: p50 \d/)
  // The nothing-found baseline must find nothing, or it is no baseline.
  expect(stdout).toMatch(/1×: \d+ records indexed; .* typed: 0 hits in main over its prefixes, 0 shown\./)
  expect(stdout).toMatch(/1× ratio typing\/no words: p50 \d.*; typing\/nothing found: p50 \d/)
  expect(stdout).toMatch(/index build \(Node, in slices\)/)
})
