import { errorCode, type StoreFs } from './fs'

export type LockResult =
  | { kind: 'taken' }
  | { kind: 'heldByOther'; pid: number }
  | { kind: 'failed'; error: unknown }

/** Alive if signal 0 reaches it; EPERM means it exists but belongs to someone else. */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return errorCode(error) === 'EPERM'
  }
}

/**
 * Takes `samverkan.lock` by creating it exclusively ('wx') with our pid. A lock
 * whose process is gone (a crash, kill -9) is stale and taken over. Our own pid
 * counts as alive: two stores in one process would be two writers.
 */
export async function takeLock(
  fs: StoreFs,
  lockFile: string,
  pid: number,
  alive: (pid: number) => boolean
): Promise<LockResult> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeExclusive(fs, lockFile, String(pid))
      return { kind: 'taken' }
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') return { kind: 'failed', error }
    }
    const holder = await readHolder(fs, lockFile)
    if (holder !== null && alive(holder)) return { kind: 'heldByOther', pid: holder }
    await fs.unlink(lockFile).catch(() => undefined)
  }
  // Someone else created it between our unlink and our retry.
  return { kind: 'heldByOther', pid: (await readHolder(fs, lockFile)) ?? -1 }
}

async function writeExclusive(fs: StoreFs, path: string, text: string): Promise<void> {
  const handle = await fs.open(path, 'wx')
  try {
    await handle.writeFile(text)
    await handle.sync()
    await handle.close()
  } catch (error) {
    // A half-written lock would read as stale next time anyway; do not leave it behind.
    await handle.close().catch(() => undefined)
    await fs.unlink(path).catch(() => undefined)
    throw error
  }
}

async function readHolder(fs: StoreFs, lockFile: string): Promise<number | null> {
  try {
    const pid = Number((await fs.readFile(lockFile)).toString('utf8').trim())
    return Number.isInteger(pid) && pid > 0 ? pid : null
  } catch {
    return null
  }
}

export async function releaseLock(fs: StoreFs, lockFile: string): Promise<void> {
  await fs.unlink(lockFile).catch(() => undefined)
}
