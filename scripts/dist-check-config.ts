/**
 * dist:check's look at what electron-builder itself loaded (reported by the afterPack
 * hook, scripts/after-pack.mjs) and at the fuse wire of the packed binary. The stand-in
 * Electron carries a fuse wire in Electron's layout (sentinel, version, length, one byte
 * per fuse) with Electron's defaults, so flipping it is real work the check can read back.
 */
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FUSES } from './after-pack.mjs'

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
const ON = 49
const OFF = 48
/** Electron 45's defaults, fuse by fuse (FuseV1Options order): what an unflipped binary holds. */
const DEFAULT_WIRE = [ON, OFF, ON, ON, OFF, OFF, OFF, ON]

/** The bytes of a stand-in Electron binary: a script that refuses to run, then a fuse wire. */
export function standInBinary(): Buffer {
  const script = Buffer.from('#!/bin/sh\necho "placeholder for the Electron binary (dist:check)" >&2\nexit 1\n')
  return Buffer.concat([script, Buffer.from(SENTINEL), Buffer.from([1, DEFAULT_WIRE.length, ...DEFAULT_WIRE])])
}

interface Check {
  name: string
  ok: boolean
  detail?: string
}

interface HookReport {
  binary: string
  config: Record<string, Record<string, unknown> | undefined>
}

const list = (value: unknown): string[] => (Array.isArray(value) ? value : value == null ? [] : [value]).map((t) => (typeof t === 'string' ? t : String((t as { target?: unknown }).target)))

/** The fuses as scripts/after-pack.mjs sets them, read back from the packed executable. */
async function fuseChecks(report: HookReport | null, executable: string): Promise<Check[]> {
  const wire = (await getCurrentFuseWire(executable)) as unknown as Record<number, number>
  const expect = (fuse: FuseV1Options): number => (FUSES[fuse as keyof typeof FUSES] === true ? ON : FUSES[fuse as keyof typeof FUSES] === false ? OFF : DEFAULT_WIRE[fuse]!)
  const named = (fuse: FuseV1Options): string => `${FuseV1Options[fuse]}=${wire[fuse] === ON ? 'on' : 'off'}`
  const all = Object.values(FuseV1Options).filter((v): v is FuseV1Options => typeof v === 'number')
  const wrong = all.filter((fuse) => wire[fuse] !== expect(fuse))
  return [
    { name: 'the afterPack hook ran on the packed executable', ok: report !== null && report.binary === executable, detail: report?.binary ?? 'no report' },
    { name: 'fuses: RunAsNode, NODE_OPTIONS and --inspect off; asar integrity, asar only and cookie encryption on', ok: wrong.length === 0, detail: all.map(named).join(', ') }
  ]
}

function targetChecks(config: HookReport['config']): Check[] {
  const { win = {}, nsis = {}, mac = {}, linux = {}, publish } = config
  const icon = (c: Record<string, unknown>): boolean => typeof c.icon === 'string' && existsSync(c.icon)
  const png = readFileSync('resources/icon.png')
  return [
    { name: 'Windows: an NSIS installer with the app icon', ok: list(win.target).includes('nsis') && icon(win) },
    {
      name: 'NSIS: per user without admin rights, one click, Swedish, shortcuts, her data kept on uninstall',
      ok: nsis.oneClick === true && nsis.perMachine === false && nsis.deleteAppDataOnUninstall === false && nsis.createDesktopShortcut === true && nsis.createStartMenuShortcut === true && list(nsis.installerLanguages).join() === 'sv_SE' && nsis.language === '1053',
      detail: JSON.stringify(nsis)
    },
    { name: 'macOS: dmg and zip (the zip is what updates install from), with the icon', ok: ['dmg', 'zip'].every((t) => list(mac.target).includes(t)) && icon(mac) },
    { name: 'Linux: AppImage and deb (with a maintainer), with the icon', ok: ['AppImage', 'deb'].every((t) => list(linux.target).includes(t)) && typeof linux.maintainer === 'string' && icon(linux) },
    { name: 'the icon is at least 256×256 (Windows needs it)', ok: png.readUInt32BE(16) >= 256 && png.readUInt32BE(20) >= 256 },
    { name: 'updates come from a generic server', ok: (publish as { provider?: string } | undefined)?.provider === 'generic', detail: JSON.stringify(publish) }
  ]
}

/** Every check on the hook's report and the packed binary; a missing report fails them all. */
export async function configChecks(reportPath: string, unpacked: string): Promise<Check[]> {
  const report = existsSync(reportPath) ? (JSON.parse(readFileSync(reportPath, 'utf8')) as HookReport) : null
  return [...(await fuseChecks(report, join(unpacked, 'samverkan'))), ...(report ? targetChecks(report.config) : [{ name: 'electron-builder reported its configuration', ok: false }])]
}
