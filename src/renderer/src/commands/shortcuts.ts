/** The keys of a keydown, enough to match a shortcut such as 'Mod+S', 'F1' or '?'. */
export interface KeyPress {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  shiftKey: boolean
}

/** Whether the key press is the shortcut. Shift is ignored for a lone printable key ('?' needs it on a Swedish keyboard). */
export function matchesShortcut(press: KeyPress, shortcut: string): boolean {
  const parts = shortcut.split('+')
  const key = parts.pop() ?? ''
  const mod = parts.includes('Mod')
  const alt = parts.includes('Alt')
  if ((press.ctrlKey || press.metaKey) !== mod || press.altKey !== alt) return false
  // A lone printable key ignores Shift; with Ctrl or Alt, Shift is part of the shortcut (Ctrl+Shift+N is not Ctrl+N).
  const shiftFree = key.length === 1 && !mod && !alt
  if (!shiftFree && press.shiftKey !== parts.includes('Shift')) return false
  return press.key.toLowerCase() === key.toLowerCase()
}

/** A shortcut without Ctrl/Alt and with one printable key would type into a field instead. */
export const isTypingKey = (shortcut: string): boolean => !shortcut.includes('+') && shortcut.length === 1

const KEY_LABELS: Record<string, string> = { Mod: 'Ctrl', ArrowUp: '↑', ArrowDown: '↓' }

/** As the keyboard help shows it: 'Mod+S' → 'Ctrl+S', 'Alt+ArrowUp' → 'Alt+↑'. */
export const shortcutLabel = (shortcut: string): string =>
  shortcut
    .split('+')
    .map((part) => KEY_LABELS[part] ?? part)
    .join('+')
