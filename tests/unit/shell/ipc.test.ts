import { describe, expect, it } from 'vitest'
import { registerApi, REFUSED } from '../../../src/main/shell/ipc'
import type { BrowserWindow } from '../../../src/main/shell/types'
import { API_CHANNEL } from '../../../src/shared/contract'
import { memoryLog, mockElectron } from './helpers'

const APP = 'file:///app/out/renderer/index.html'

function bridge() {
  const { mock, electron } = mockElectron()
  const win = new mock.BrowserWindow()
  win.webContents.mainFrame.url = APP
  const calls: unknown[][] = []
  const log = memoryLog()
  registerApi(electron.ipcMain, {
    getWindow: () => win as unknown as BrowserWindow,
    isAppUrl: (url) => url === APP,
    dispatch: async (method, input) => {
      calls.push([method, input])
      return { ok: true, value: 'svar' }
    },
    log
  })
  return { mock, win, calls, log }
}

describe('registerApi', () => {
  it('hands a call from the main frame to the dispatcher, method and input untouched', async () => {
    const { mock, win, calls } = bridge()
    const input = { contact: { name: 'Anna' } }
    expect(await mock.invoke(API_CHANNEL, win.webContents.mainFrame, 'contacts.save', input)).toEqual({ ok: true, value: 'svar' })
    expect(calls).toEqual([['contacts.save', input]])
  })

  it('refuses an iframe, another window, a missing frame and a foreign page, without dispatching', async () => {
    const { mock, win, calls, log } = bridge()
    expect(await mock.invoke(API_CHANNEL, win.webContents.addSubframe(APP), 'app.getInfo')).toEqual(REFUSED)
    const other = new mock.BrowserWindow()
    other.webContents.mainFrame.url = APP
    expect(await mock.invoke(API_CHANNEL, other.webContents.mainFrame, 'app.getInfo')).toEqual(REFUSED)
    expect(await mock.invoke(API_CHANNEL, null, 'app.getInfo')).toEqual(REFUSED)
    win.webContents.mainFrame.url = 'https://example.org/'
    expect(await mock.invoke(API_CHANNEL, win.webContents.mainFrame, 'app.getInfo')).toEqual(REFUSED)
    expect(calls).toEqual([])
    expect(log.lines.filter((l) => l.message === 'api call refused')).toHaveLength(4)
  })

  it('recognises the main frame by its ids when Electron hands out another wrapper for it', async () => {
    const { mock, win, calls } = bridge()
    const handler = mock.state.handlers.get(API_CHANNEL)
    const copy = { ...win.webContents.mainFrame }
    expect(await handler?.({ sender: win.webContents, senderFrame: copy }, 'app.getInfo', null)).toEqual({ ok: true, value: 'svar' })
    const impostor = { ...copy, routingId: 99 }
    expect(await handler?.({ sender: win.webContents, senderFrame: impostor }, 'app.getInfo', null)).toEqual(REFUSED)
    expect(calls).toHaveLength(1)
  })

  it('refuses calls once the window is gone', async () => {
    const { mock, win, calls } = bridge()
    const frame = win.webContents.mainFrame
    win.close()
    expect(await mock.invoke(API_CHANNEL, frame, 'app.getInfo')).toEqual(REFUSED)
    expect(calls).toEqual([])
  })

  it('answers a refusal in the usual envelope, in Swedish', () => {
    expect(REFUSED).toEqual({ ok: false, error: { code: 'internal', message: expect.stringMatching(/avvisats/) } })
  })
})
