import { existsSync, readFileSync } from 'node:fs'
import semver from 'semver'
import { describe, expect, it } from 'vitest'

interface LockedPackage {
  engines?: { node?: string }
  optional?: boolean
}
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } }
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockedPackage> }

describe('engines: the Node a developer needs', () => {
  it('is no lower than what any installed package declares (electron 45 and its installer: 22.12)', () => {
    const oldestAllowed = semver.minVersion(pkg.engines.node)!.version
    const refusing = Object.entries(lock.packages)
      .filter(([path, p]) => path !== '' && !p.optional && p.engines?.node)
      .filter(([, p]) => !semver.satisfies(oldestAllowed, p.engines!.node!))
      .map(([path, p]) => `${path.replace(/.*node_modules\//, '')} ${p.engines!.node}`)
    expect(refusing).toEqual([])
  })

  it('only warns on an older Node (CI runs Node 20): nothing turns engine-strict on', () => {
    const npmrc = existsSync('.npmrc') ? readFileSync('.npmrc', 'utf8') : ''
    expect(npmrc).not.toMatch(/engine-strict\s*=\s*true/)
  })

  it('the README says which Node development needs, and that the app runs on Electron\'s own', () => {
    const readme = readFileSync('README.md', 'utf8')
    expect(readme).toContain(`Node.js ${semver.minVersion(pkg.engines.node)!.version.replace(/\.0$/, '')}`)
    expect(readme).toMatch(/Electron's own Node/)
  })
})
