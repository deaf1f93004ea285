import type { MenuItemConstructorOptions } from 'electron'

export interface MenuActions {
  openDataFolder(): void
  showAbout(): void
}

export interface MenuOptions {
  /** Reload and developer tools only while developing; the coordinator never needs them. */
  dev: boolean
  platform: NodeJS.Platform
}

const separator: MenuItemConstructorOptions = { type: 'separator' }

/** A small Swedish menu: Arkiv, Redigera, Visa, Hjälp. Labels are set explicitly because roles default to English. */
export function menuTemplate(actions: MenuActions, options: MenuOptions): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    ...(options.dev
      ? [
          { role: 'reload', label: 'Ladda om' } as const,
          { role: 'toggleDevTools', label: 'Utvecklarverktyg' } as const,
          separator
        ]
      : []),
    { role: 'resetZoom', label: 'Återställ zoom' },
    { role: 'zoomIn', label: 'Zooma in' },
    { role: 'zoomOut', label: 'Zooma ut' },
    separator,
    { role: 'togglefullscreen', label: 'Helskärm' }
  ]
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'Arkiv',
      submenu: [
        { label: 'Öppna datamappen', click: () => actions.openDataFolder() },
        separator,
        { role: 'quit', label: 'Avsluta' }
      ]
    },
    {
      label: 'Redigera',
      submenu: [
        { role: 'undo', label: 'Ångra' },
        { role: 'redo', label: 'Gör om' },
        separator,
        { role: 'cut', label: 'Klipp ut' },
        { role: 'copy', label: 'Kopiera' },
        { role: 'paste', label: 'Klistra in' },
        { role: 'selectAll', label: 'Markera allt' }
      ]
    },
    { label: 'Visa', submenu: view },
    { label: 'Hjälp', submenu: [{ label: 'Om Samverkan', click: () => actions.showAbout() }] }
  ]
  // On macOS the first menu is always the application menu, whatever its label.
  return options.platform === 'darwin' ? [{ role: 'appMenu', label: 'Samverkan' }, ...template] : template
}
