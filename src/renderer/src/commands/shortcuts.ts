/** The keys of a keydown, enough to match a shortcut such as 'Mod+S', 'F1' or '?'. */
export interface KeyPress {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  shiftKey: boolean
}

/** Whether the key press is the shortcut. Shift is ignored for a printable key ('?' needs it on a Swedish keyboard). */
export function matchesShortcut(press: KeyPress, shortcut: string): boolean {
  const parts = shortcut.split('+')
  const key = parts.pop() ?? ''
  const mod = parts.includes('Mod')
  if ((press.ctrlKey || press.metaKey) !== mod || press.altKey) return false
  const printable = key.length === 1
  if (!printable && press.shiftKey !== parts.includes('Shift')) return false
  return press.key.toLowerCase() === key.toLowerCase()
}

/** A shortcut without Ctrl/Alt and with one printable key would type into a field instead. */
export const isTypingKey = (shortcut: string): boolean => !shortcut.includes('+') && shortcut.length === 1

/** As the keyboard help shows it: 'Mod+S' → 'Ctrl+S'. */
export const shortcutLabel = (shortcut: string): string => shortcut.replace('Mod', 'Ctrl')
