import * as fsp from 'node:fs/promises'

/** The part of a file handle the store writes through. */
export interface WritableHandle {
  writeFile(data: string): Promise<void>
  sync(): Promise<void>
  close(): Promise<void>
}

/**
 * Every file-system call the store makes. Injected so tests can make the disk
 * full (ENOSPC) or read-only (EROFS) on demand: tests run as root, where chmod
 * does not stop a write.
 */
export interface StoreFs {
  readFile(path: string): Promise<Buffer>
  open(path: string, flags: 'r' | 'w' | 'wx'): Promise<WritableHandle>
  rename(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
  /** Creates the folder and its parents; succeeds when it already exists. */
  mkdir(path: string): Promise<void>
  readdir(path: string): Promise<string[]>
}

export const nodeFs: StoreFs = {
  readFile: (path) => fsp.readFile(path),
  open: (path, flags) => fsp.open(path, flags),
  rename: (from, to) => fsp.rename(from, to),
  unlink: (path) => fsp.unlink(path),
  mkdir: async (path) => {
    await fsp.mkdir(path, { recursive: true })
  },
  readdir: (path) => fsp.readdir(path)
}

/** The errno code of a Node error ('ENOSPC', 'EROFS', …), if it has one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code
    return typeof code === 'string' ? code : undefined
  }
  return undefined
}
