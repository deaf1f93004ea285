import { describe, expect, it } from 'vitest'
import { flushWindowDrafts } from '../../../src/main/services/app/quit'
import { createEventSender } from '../../../src/main/shell/events'
import { flushDraftsOnClose } from '../../../src/main/shell/lifecycle'
import type { BrowserWindow } from '../../../src/main/shell/types'
import { EVENT_CHANNEL } from '../../../src/shared/contract'
import { testContext } from '../../support/context'
import type { MockBrowserWindow } from '../../support/electron-mock.mjs'
import { memoryLog, mockElectron } from './helpers'

const APP_URL = 'file:///opt/samverkan/renderer/index.html'

function windowShowing(url: string): { win: MockBrowserWindow; real: BrowserWindow } {
  const { mock } = mockElectron()
  const win = new mock.BrowserWindow({}) as MockBrowserWindow
  win.webContents.mainFrame.url = url
  return { win, real: win as unknown as BrowserWindow }
}

const isAppUrl = (url: string) => url === APP_URL

describe('events to the window', () => {
  it('go over the one event channel, parsed, to the main window showing our page', () => {
    const { win, real } = windowShowing(APP_URL)
    const sender = createEventSender({ getWindow: () => real, isAppUrl, log: memoryLog() })
    expect(sender.emit('app.command', { id: 'app.openDataFolder' })).toBe(true)
    expect(win.webContents.sent).toEqual([[EVENT_CHANNEL, 'app.command', { id: 'app.openDataFolder' }]])
  })

  it('are not sent to a foreign page, a closed window or no window', () => {
    const foreign = windowShowing('https://example.org/')
    expect(createEventSender({ getWindow: () => foreign.real, isAppUrl, log: memoryLog() }).emit('app.updateReady', { version: '1.0.0' })).toBe(false)
    expect(foreign.win.webContents.sent).toEqual([])
    const closed = windowShowing(APP_URL)
    closed.win.close()
    expect(createEventSender({ getWindow: () => closed.real, isAppUrl, log: memoryLog() }).emit('app.updateReady', { version: '1' })).toBe(false)
    expect(createEventSender({ getWindow: () => null, isAppUrl, log: memoryLog() }).emit('app.updateReady', { version: '1' })).toBe(false)
  })

  it('refuse a payload that does not fit the contract', () => {
    const { win, real } = windowShowing(APP_URL)
    const log = memoryLog()
    const sender = createEventSender({ getWindow: () => real, isAppUrl, log })
    expect(sender.emit('app.command', { id: 'rm -rf' } as never)).toBe(false)
    expect(win.webContents.sent).toEqual([])
    expect(log.lines).toContainEqual({ level: 'error', message: 'event refused', meta: { event: 'app.command' } })
  })
})

describe('the before-quit handshake', () => {
  it('asks the window to save its drafts and waits for its answer', async () => {
    const sent: unknown[] = []
    const ctx = testContext({ events: { emit: (name, payload) => (sent.push([name, payload]), true) } })
    const outcome = flushWindowDrafts(ctx, 10_000)
    expect(sent).toEqual([['app.beforeQuit', { requestId: 'id-00000001' }]])
    expect(ctx.session.pendingFlushes.size).toBe(1)
    ctx.session.pendingFlushes.get('id-00000001')?.()
    expect(await outcome).toBe('flushed')
  })

  it('gives up after the timeout, and at once without a window', async () => {
    const hung = testContext({ events: { emit: () => true } })
    expect(await flushWindowDrafts(hung, 20)).toBe('timedOut')
    expect(hung.session.pendingFlushes.size).toBe(0)
    expect(await flushWindowDrafts(testContext(), 10_000)).toBe('noWindow')
  })

  it('holds the window open until the flush is done, then closes it', async () => {
    const { win, real } = windowShowing(APP_URL)
    let finish: () => void = () => undefined
    flushDraftsOnClose(real, () => new Promise<void>((resolve) => (finish = resolve)), memoryLog())
    win.close()
    expect(win.destroyed).toBe(false)
    finish()
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(win.destroyed).toBe(true)
  })
})
