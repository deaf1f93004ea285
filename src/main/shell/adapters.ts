import { join } from 'node:path'
import { AppError } from '../api/errors'
import type { Desktop, Dialogs } from '../services/context'
import { isExternalUrl } from './location'
import type { BrowserWindow, ElectronApi } from './types'

/**
 * The OS file dialogs, attached to the main window so they are modal to it and
 * never open behind it. Titles come from the services, already in Swedish.
 */
export function createDialogs(
  dialog: ElectronApi['dialog'],
  getWindow: () => BrowserWindow | null,
  documentsDir: string
): Dialogs {
  return {
    async openFile({ title, filters }) {
      const options = { title, filters, buttonLabel: 'Välj', properties: ['openFile' as const] }
      const win = getWindow()
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    async saveFile({ title, defaultName, filters }) {
      const options = { title, filters, buttonLabel: 'Spara', defaultPath: join(documentsDir, defaultName) }
      const win = getWindow()
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    }
  }
}

/**
 * Default programs, the browser, the file manager and the clipboard, with errors as plain
 * Swedish. The clipboard is written here, from main, so the renderer needs no clipboard
 * permission (secureSession refuses every permission) and can only put on it what a
 * contract method computed.
 */
export function createDesktop(shell: ElectronApi['shell'], clipboard: Pick<ElectronApi['clipboard'], 'writeText'>): Desktop {
  return {
    writeClipboardText(text) {
      clipboard.writeText(text)
    },
    async openPath(path) {
      // shell.openPath reports failure as a non-empty string instead of rejecting.
      const failure = await shell.openPath(path)
      if (failure) throw new AppError('internal', 'Filen eller mappen kunde inte öppnas. Kontrollera att den finns kvar.')
    },
    async openExternal(url) {
      if (!isExternalUrl(url)) throw new AppError('invalidInput', 'Bara webbadresser och e-postadresser kan öppnas.')
      await shell.openExternal(url)
    },
    showItemInFolder(path) {
      shell.showItemInFolder(path)
    }
  }
}
