// electron-builder's afterPack hook (electron-builder.yml): flips Electron's fuses in the
// packed binary. It runs after the app is packed and before it is signed and put into the
// installer, so the signature covers the flipped binary. @electron/fuses is pinned to 1.8.0,
// the newest 1.x: 2.x needs Node 22 and the CI machine runs Node 20.
import { existsSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { flipFuses, FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses'

/** What each fuse is set to, and why. */
export const FUSES = {
  version: FuseVersion.V1,
  // The binary must not be usable as a plain Node runtime (ELECTRON_RUN_AS_NODE).
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  // Neither NODE_OPTIONS nor --inspect may inject code into the main process.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // app.asar is checked against the hash electron-builder embeds, and nothing else is loaded.
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // The window is served on app://samverkan; file:// needs no extra rights.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false
}

/** The file holding the fuse wire: the .app bundle on macOS, the executable elsewhere. */
function electronBinary(context) {
  const { appOutDir, electronPlatformName, packager } = context
  const name = packager.appInfo.productFilename
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return path.join(appOutDir, `${name}.app`)
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${name}.exe`)
  return path.join(appOutDir, packager.executableName)
}

export default async function afterPack(context) {
  const binary = electronBinary(context)
  if (!existsSync(binary)) throw new Error(`after-pack: no Electron binary at ${binary}`)
  // An arm64 macOS binary is ad-hoc signed; flipping breaks that signature until it is redone.
  const resetAdHocDarwinSignature = context.electronPlatformName === 'darwin' && context.arch === 3
  await flipFuses(binary, { ...FUSES, resetAdHocDarwinSignature })
  const wire = await getCurrentFuseWire(binary)
  console.log(`  • fuses flipped  binary=${path.basename(binary)}`)
  // dist:check reads this: that the hook ran, on which binary, and the configuration electron-builder loaded.
  const report = process.env.SAMVERKAN_AFTER_PACK_REPORT
  if (report) {
    const { win, nsis, mac, dmg, linux, deb, publish, afterPack } = context.packager.config
    writeFileSync(report, JSON.stringify({ binary, platform: context.electronPlatformName, wire, config: { win, nsis, mac, dmg, linux, deb, publish, afterPack } }))
  }
}
