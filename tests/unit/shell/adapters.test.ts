import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AppError } from '../../../src/main/api/errors'
import { createDesktop, createDialogs } from '../../../src/main/shell/adapters'
import type { BrowserWindow } from '../../../src/main/shell/types'
import { mockElectron } from './helpers'

const filters = [{ name: 'Bilder', extensions: ['png', 'jpg'] }]

describe('createDialogs', () => {
  it('opens a file dialog on the main window and returns the chosen path', async () => {
    const { mock, electron } = mockElectron()
    const win = new mock.BrowserWindow()
    const dialogs = createDialogs(electron.dialog, () => win as unknown as BrowserWindow, '/home/anna/Dokument')
    mock.state.nextOpenDialogResult = { canceled: false, filePaths: ['/home/anna/logo.png'] }
    expect(await dialogs.openFile({ title: 'Välj logotyp', filters })).toBe('/home/anna/logo.png')
    expect(mock.state.dialogs[0]).toMatchObject({
      kind: 'open',
      parent: win,
      options: { title: 'Välj logotyp', filters, buttonLabel: 'Välj', properties: ['openFile'] }
    })
  })

  it('returns null when the user cancels', async () => {
    const { mock, electron } = mockElectron()
    const dialogs = createDialogs(electron.dialog, () => null, '/docs')
    mock.state.nextOpenDialogResult = { canceled: true, filePaths: [] }
    expect(await dialogs.openFile({ title: 'Välj', filters })).toBeNull()
    mock.state.nextSaveDialogResult = { canceled: true, filePath: '' }
    expect(await dialogs.saveFile({ title: 'Spara', defaultName: 'kallelse.docx', filters })).toBeNull()
    expect(mock.state.dialogs.map((d) => d.parent)).toEqual([null, null])
  })

  it('suggests saving in the Documents folder under the given name', async () => {
    const { mock, electron } = mockElectron()
    const dialogs = createDialogs(electron.dialog, () => null, '/home/anna/Dokument')
    mock.state.nextSaveDialogResult = { canceled: false, filePath: '/home/anna/Dokument/Kallelse 2019-05-10.docx' }
    const chosen = await dialogs.saveFile({ title: 'Spara kallelse', defaultName: 'Kallelse 2019-05-10.docx', filters })
    expect(chosen).toBe('/home/anna/Dokument/Kallelse 2019-05-10.docx')
    expect(mock.state.dialogs[0]?.options).toMatchObject({
      title: 'Spara kallelse',
      buttonLabel: 'Spara',
      defaultPath: join('/home/anna/Dokument', 'Kallelse 2019-05-10.docx')
    })
  })
})

describe('createDesktop', () => {
  it('opens paths and turns the OS error string into a Swedish AppError', async () => {
    const { mock, electron } = mockElectron()
    const desktop = createDesktop(electron.shell, electron.clipboard)
    await desktop.openPath('/data')
    expect(mock.state.openedPaths).toEqual(['/data'])
    mock.state.openPathFailure = 'Failed to open path'
    const failure = await desktop.openPath('/borta').catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(AppError)
    expect((failure as AppError).message).toMatch(/kunde inte öppnas/)
  })

  it('opens only web and e-mail addresses externally', async () => {
    const { mock, electron } = mockElectron()
    const desktop = createDesktop(electron.shell, electron.clipboard)
    await desktop.openExternal('https://example.org/')
    await desktop.openExternal('mailto:anna@example.org')
    for (const url of ['file:///C:/Windows/system32/calc.exe', 'javascript:alert(1)', '\\\\server\\share']) {
      await expect(desktop.openExternal(url), url).rejects.toMatchObject({ code: 'invalidInput' })
    }
    expect(mock.state.openedExternal).toEqual(['https://example.org/', 'mailto:anna@example.org'])
  })

  it('shows a file in its folder', () => {
    const { mock, electron } = mockElectron()
    createDesktop(electron.shell, electron.clipboard).showItemInFolder('/data/samverkan.json')
    expect(mock.state.shownInFolder).toEqual(['/data/samverkan.json'])
  })

  it('writes the clipboard from main, through Electron\'s clipboard', () => {
    const { mock, electron } = mockElectron()
    createDesktop(electron.shell, electron.clipboard).writeClipboardText('a@example.org; b@example.org')
    expect(mock.state.clipboard).toEqual(['a@example.org; b@example.org'])
  })
})
