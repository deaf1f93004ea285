import * as fsp from 'node:fs/promises'

/** The part of a file handle the store writes through. */
export interface WritableHandle {
  /** Writes at the handle's position; on an 'a' handle, at the end of the file. */
  writeFile(data: string | Uint8Array): Promise<void>
  sync(): Promise<void>
  /** Cuts the file back to `length` bytes: undoes a half-written journal record. */
  truncate(length: number): Promise<void>
  close(): Promise<void>
}

/**
 * Every file-system call the store makes. Injected so tests can make the disk
 * full (ENOSPC) or read-only (EROFS) on demand: tests run as root, where chmod
 * does not stop a write.
 */
export interface StoreFs {
  readFile(path: string): Promise<Buffer>
  /** 'a' appends (the journal); 'wx' fails when the file exists (the lock). */
  open(path: string, flags: 'r' | 'w' | 'wx' | 'a'): Promise<WritableHandle>
  rename(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
  /** Creates the folder and its parents; succeeds when it already exists. */
  mkdir(path: string): Promise<void>
  readdir(path: string): Promise<string[]>
  /** Bytes free to this user on the volume holding `path`; null when the OS cannot say. */
  freeBytes(path: string): Promise<number | null>
}

export const nodeFs: StoreFs = {
  readFile: (path) => fsp.readFile(path),
  open: (path, flags) => fsp.open(path, flags),
  rename: (from, to) => fsp.rename(from, to),
  unlink: (path) => fsp.unlink(path),
  mkdir: async (path) => {
    await fsp.mkdir(path, { recursive: true })
  },
  readdir: (path) => fsp.readdir(path),
  freeBytes: async (path) => {
    try {
      const stats = await fsp.statfs(path)
      return stats.bavail * stats.bsize
    } catch {
      return null
    }
  }
}

/** The errno code of a Node error ('ENOSPC', 'EROFS', …), if it has one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code
    return typeof code === 'string' ? code : undefined
  }
  return undefined
}
