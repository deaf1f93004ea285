import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommandId } from '../../shared/contract/events'

export interface MenuActions {
  /** Asks the window to run one of its commands (src/renderer/src/commands). */
  command(id: MenuCommandId): void
  showAbout(): void
}

export interface MenuOptions {
  /** Reload and developer tools only while developing; the coordinator never needs them. */
  dev: boolean
  platform: NodeJS.Platform
}

const separator: MenuItemConstructorOptions = { type: 'separator' }

function viewMenu(options: MenuOptions): MenuItemConstructorOptions[] {
  return [
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
}

/** A small Swedish menu: Arkiv, Redigera, Visa, Hjälp. Labels are set explicitly because roles default to English. */
export function menuTemplate(actions: MenuActions, options: MenuOptions): MenuItemConstructorOptions[] {
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'Arkiv',
      submenu: [
        { label: 'Öppna datamappen', click: () => actions.command('app.openDataFolder') },
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
    { label: 'Visa', submenu: viewMenu(options) },
    {
      label: 'Hjälp',
      submenu: [
        // No accelerator: F1 reaches the window, whose command registry handles it.
        { label: 'Kortkommandon (F1)', click: () => actions.command('app.keyboardHelp') },
        { label: 'Om Samverkan', click: () => actions.showAbout() }
      ]
    }
  ]
  // On macOS the first menu is always the application menu, whatever its label.
  return options.platform === 'darwin' ? [{ role: 'appMenu', label: 'Samverkan' }, ...template] : template
}
