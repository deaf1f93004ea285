import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { menuTemplate } from '../../../src/main/shell/menu'

const noop = { command: () => undefined, showAbout: () => undefined }
const submenu = (item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] =>
  (item?.submenu ?? []) as MenuItemConstructorOptions[]
const labels = (items: MenuItemConstructorOptions[]): (string | undefined)[] => items.map((i) => i.label ?? i.type)

describe('menuTemplate', () => {
  it('is in Swedish, every role included, since roles default to English labels', () => {
    const template = menuTemplate(noop, { dev: false, platform: 'win32' })
    expect(labels(template)).toEqual(['Arkiv', 'Redigera', 'Visa', 'Hjälp'])
    expect(labels(submenu(template[0]))).toEqual(['Öppna datamappen', 'separator', 'Avsluta'])
    expect(labels(submenu(template[3]))).toEqual(['Kortkommandon (F1)', 'Om Samverkan'])
    expect(labels(submenu(template[1]))).toEqual(['Ångra', 'Gör om', 'separator', 'Klipp ut', 'Kopiera', 'Klistra in', 'Markera allt'])
    for (const item of template.flatMap(submenu)) {
      if (item.type !== 'separator') expect(item.label, String(item.role)).toMatch(/[A-ZÅÄÖ]/)
    }
  })

  it('offers reload and developer tools only in development', () => {
    const production = labels(submenu(menuTemplate(noop, { dev: false, platform: 'win32' })[2]))
    const development = labels(submenu(menuTemplate(noop, { dev: true, platform: 'win32' })[2]))
    expect(production).toEqual(['Återställ zoom', 'Zooma in', 'Zooma ut', 'separator', 'Helskärm'])
    expect(development.slice(0, 2)).toEqual(['Ladda om', 'Utvecklarverktyg'])
  })

  it('sends the data folder and keyboard help as window commands, and shows the about box itself', () => {
    const called: string[] = []
    const template = menuTemplate(
      { command: (id) => void called.push(id), showAbout: () => void called.push('about') },
      { dev: false, platform: 'linux' }
    )
    const click = (item: MenuItemConstructorOptions | undefined): void =>
      (item?.click as (() => void) | undefined)?.()
    click(submenu(template[0])[0])
    click(submenu(template[3])[0])
    click(submenu(template[3])[1])
    expect(called).toEqual(['app.openDataFolder', 'app.keyboardHelp', 'about'])
  })

  it('starts with the application menu on macOS', () => {
    const template = menuTemplate(noop, { dev: false, platform: 'darwin' })
    expect(template[0]?.role).toBe('appMenu')
    expect(labels(template.slice(1))).toEqual(['Arkiv', 'Redigera', 'Visa', 'Hjälp'])
  })
})
