import { dirname } from 'node:path'
import type { Logger } from '../logger'
import { errorCode, type StoreFs, type WritableHandle } from './fs'

let sequence = 0

/** Suffix of every temp file the store writes, so a crashed run's leftovers can be found. */
export const TEMP_SUFFIX = '.tmp'

/** What to put in the file: bytes, or a function that writes them through the handle (sliced snapshots). */
export type FileContent = string | Uint8Array | ((handle: WritableHandle) => Promise<void>)

/**
 * Replaces `target` with `content` so that after a crash the file holds either the
 * old or the new bytes, never a mix: temp file in the same folder (rename is only
 * atomic within one file system), fsync, rename, then fsync the folder so the
 * rename itself survives a power cut.
 */
export async function writeFileAtomic(fs: StoreFs, target: string, content: FileContent, log: Logger): Promise<void> {
  await commitPrepared(fs, await prepareFile(fs, target, content), target, log)
}

/**
 * The first half of writeFileAtomic: the bytes durably in a temp file beside
 * `target`, which is not touched yet. Compaction fills the temp file while
 * changes go on, then commits it in turn with them.
 */
export async function prepareFile(fs: StoreFs, target: string, content: FileContent): Promise<string> {
  const temp = `${target}.${process.pid}-${++sequence}${TEMP_SUFFIX}`
  try {
    const handle = await fs.open(temp, 'w')
    try {
      await (typeof content === 'function' ? content(handle) : handle.writeFile(content))
      await handle.sync()
    } catch (error) {
      await handle.close().catch(() => undefined)
      throw error
    }
    await handle.close()
    return temp
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined)
    throw error
  }
}

/** The second half: rename over `target`, then fsync the folder so the rename survives a power cut. */
export async function commitPrepared(fs: StoreFs, temp: string, target: string, log: Logger): Promise<void> {
  try {
    await renameWithRetry(fs, temp, target)
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined)
    throw error
  }
  await syncFolder(fs, dirname(target), log)
}

/** Windows: an antivirus scanner or the search indexer briefly holding the target refuses the rename. */
const TRANSIENT_RENAME = new Set(['EPERM', 'EBUSY'])
const RENAME_DELAYS_MS = [25, 50, 100, 200]

async function renameWithRetry(fs: StoreFs, from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to)
      return
    } catch (error) {
      const delay = RENAME_DELAYS_MS[attempt]
      if (delay === undefined || !TRANSIENT_RENAME.has(errorCode(error) ?? '')) throw error
      await new Promise((resolve) => setTimeout(resolve, delay))
    }
  }
}

/** Errors that only mean "this OS cannot fsync a folder" (Windows, some network shares). */
const UNSUPPORTED_DIR_SYNC = new Set(['EISDIR', 'EPERM', 'EACCES', 'EINVAL', 'EBADF', 'ENOTSUP'])

/**
 * Never throws: the rename is already visible, so reporting the change as failed
 * would make memory disagree with the file everyone else now reads.
 */
export async function syncFolder(fs: StoreFs, folder: string, log: Logger): Promise<void> {
  try {
    const handle = await fs.open(folder, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch (error) {
    const code = errorCode(error) ?? 'unknown'
    if (!UNSUPPORTED_DIR_SYNC.has(code)) log.warn('store: folder fsync failed', { code })
  }
}
