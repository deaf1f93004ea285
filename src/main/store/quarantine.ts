import { join } from 'node:path'
import { errorCode, type StoreFs } from './fs'
import { quarantineName } from './names'

/**
 * Moves a broken data file aside under a name that is never reused, so the
 * original bytes survive for IT or a later repair. Returns the new path.
 */
export async function quarantine(fs: StoreFs, dataDir: string, file: string, now: Date): Promise<string> {
  const taken = new Set(await fs.readdir(dataDir).catch(() => [] as string[]))
  for (let attempt = 1; ; attempt++) {
    const name = quarantineName(now, attempt)
    if (taken.has(name)) continue
    const target = join(dataDir, name)
    // Checked again right before the rename: rename would silently replace an existing file.
    if (await exists(fs, target)) continue
    await fs.rename(file, target)
    return target
  }
}

async function exists(fs: StoreFs, path: string): Promise<boolean> {
  try {
    const handle = await fs.open(path, 'r')
    await handle.close()
    return true
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false
    throw error
  }
}
