/**
 * A file name she chose, made safe to keep in the data folder on any Windows: no folder
 * parts (so "..\\..\\x" cannot leave the folder), no characters Windows refuses or
 * control characters, no trailing dots or spaces, and not a reserved device name
 * (CON, NUL, COM1 …, also with an extension), which Windows would open as a device.
 */
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001F\u007F]/g
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i
const MAX_LENGTH = 120
const FALLBACK = 'bilaga'

/** The last path part of what the OS dialog gave, with either separator. */
export const baseName = (path: string): string => path.split(/[\\/]/).at(-1) ?? path

export function sanitiseFileName(raw: string): string {
  let name = baseName(raw).normalize('NFC').replace(FORBIDDEN, '_').replace(/[. ]+$/, '').trim()
  const dot = name.lastIndexOf('.')
  const stem = dot > 0 ? name.slice(0, dot) : name
  const ext = dot > 0 ? name.slice(dot) : ''
  const safeStem = RESERVED.test(stem.trim()) ? `_${stem}` : stem
  name = `${safeStem.slice(0, MAX_LENGTH - Math.min(ext.length, 20))}${ext.slice(0, 20)}`
  return name.replace(/^[. ]+/, '') || FALLBACK
}

/** "rapport.pdf" → "rapport (2).pdf": the n-th name tried when the first is taken. */
export function numberedName(name: string, n: number): string {
  if (n === 1) return name
  const dot = name.lastIndexOf('.')
  return dot > 0 ? `${name.slice(0, dot)} (${n})${name.slice(dot)}` : `${name} (${n})`
}

/** The title a new attachment gets: the file's name without its extension. */
export const titleOf = (fileName: string): string => {
  const dot = fileName.lastIndexOf('.')
  return (dot > 0 ? fileName.slice(0, dot) : fileName).trim() || FALLBACK
}
