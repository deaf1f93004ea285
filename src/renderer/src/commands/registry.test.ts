import { describe, expect, it } from 'vitest'
import { COMMAND_IDS, COMMANDS, type CommandContext } from './registry'
import { isTypingKey, matchesShortcut, shortcutLabel } from './shortcuts'

const press = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods
})

const at = (view: CommandContext['view'], dialog: string | null = null): CommandContext => ({ view, dialog, inTextField: false })

describe('shortcuts', () => {
  it('match Ctrl or Cmd with the key, and nothing else', () => {
    expect(matchesShortcut(press('s', { ctrlKey: true }), 'Mod+S')).toBe(true)
    expect(matchesShortcut(press('S', { metaKey: true }), 'Mod+S')).toBe(true)
    expect(matchesShortcut(press('s'), 'Mod+S')).toBe(false)
    expect(matchesShortcut(press('s', { ctrlKey: true, altKey: true }), 'Mod+S')).toBe(false)
    expect(matchesShortcut(press('Enter', { ctrlKey: true }), 'Mod+Enter')).toBe(true)
    expect(matchesShortcut(press('F1'), 'F1')).toBe(true)
    // "?" needs Shift on a Swedish keyboard.
    expect(matchesShortcut(press('?', { shiftKey: true }), '?')).toBe(true)
    expect(matchesShortcut(press('?', { ctrlKey: true }), '?')).toBe(false)
  })

  it('a lone printable key is a typing key (never taken from a text field)', () => {
    expect(isTypingKey('?')).toBe(true)
    expect(isTypingKey('F1')).toBe(false)
    expect(isTypingKey('Mod+N')).toBe(false)
    expect(shortcutLabel('Mod+Enter')).toBe('Ctrl+Enter')
  })

  it('match Alt only when the shortcut asks for it (Alt+↑ moves an agenda item)', () => {
    expect(matchesShortcut(press('ArrowUp', { altKey: true }), 'Alt+ArrowUp')).toBe(true)
    expect(matchesShortcut(press('ArrowUp'), 'Alt+ArrowUp')).toBe(false)
    expect(matchesShortcut(press('ArrowUp', { altKey: true, shiftKey: true }), 'Alt+ArrowUp')).toBe(false)
    expect(matchesShortcut(press('N', { ctrlKey: true, shiftKey: true }), 'Mod+Shift+N')).toBe(true)
    expect(matchesShortcut(press('N', { ctrlKey: true, shiftKey: true }), 'Mod+N')).toBe(false)
    expect(shortcutLabel('Alt+ArrowDown')).toBe('Alt+↓')
  })
})

describe('the command registry', () => {
  it('has a Swedish label for every command', () => {
    for (const id of COMMAND_IDS) expect(COMMANDS[id].label).toMatch(/^[A-ZÅÄÖ]/)
  })

  it('keeps view commands to their view and away from open dialogs', () => {
    expect(COMMANDS['contacts.new'].isEnabled(at('contacts'))).toBe(true)
    expect(COMMANDS['contacts.new'].isEnabled(at('contacts', 'contactForm'))).toBe(false)
    expect(COMMANDS['contacts.new'].isEnabled(at('settings'))).toBe(false)
    expect(COMMANDS['meetings.new'].isEnabled(at('meetings'))).toBe(true)
    expect(COMMANDS['meetings.new'].isEnabled(at('contacts'))).toBe(false)
    // Ctrl+S in settings no longer acts behind a dialog.
    expect(COMMANDS['settings.save'].isEnabled(at('settings', 'other'))).toBe(false)
  })

  it('saves the contact form only while it is the topmost dialog', () => {
    expect(COMMANDS['contactForm.save'].isEnabled(at('contacts', 'contactForm'))).toBe(true)
    // The "unsaved changes?" question on top of it has no scope.
    expect(COMMANDS['contactForm.save'].isEnabled(at('contacts', 'other'))).toBe(false)
    expect(COMMANDS['contactForm.save'].isEnabled(at('contacts'))).toBe(false)
  })
})
