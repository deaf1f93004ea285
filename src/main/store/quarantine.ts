import { join } from 'node:path'
import { errorCode, type StoreFs } from './fs'
import { journalBeside, quarantineName } from './names'

/**
 * Moves a broken data file and its journal aside under names that are never
 * reused (`samverkan.trasig-<time>.json` and `.journal` beside it), so the
 * original bytes survive for IT or a later repair. Either may be missing.
 * Returns the new path of the data file (named even when only a journal was there).
 */
export async function quarantine(fs: StoreFs, dataDir: string, files: { snapshot: string | null; journal: string | null }, now: Date): Promise<string> {
  const taken = new Set(await fs.readdir(dataDir).catch(() => [] as string[]))
  for (let attempt = 1; ; attempt++) {
    const name = quarantineName(now, attempt)
    const target = join(dataDir, name)
    if (taken.has(name) || taken.has(journalBeside(name))) continue
    // Checked again right before the rename: rename would silently replace an existing file.
    if ((await exists(fs, target)) || (await exists(fs, journalBeside(target)))) continue
    // The data file first: killed in between, a journal without its data file is quarantined on the next start too.
    if (files.snapshot) await fs.rename(files.snapshot, target)
    if (files.journal) await fs.rename(files.journal, journalBeside(target))
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
