import { describe, expect, it } from 'vitest'
import { closeStoreOnQuit } from '../../../src/main/shell/lifecycle'
import type { DataStore } from '../../../src/main/store/types'
import type { App } from '../../../src/main/shell/types'
import { memoryStore } from '../../support/context'
import { memoryLog, mockElectron } from './helpers'

const until = async (condition: () => boolean): Promise<void> => {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5))
}

function storeWithSlowClose(fail = false): DataStore & { closed: boolean } {
  const store = Object.assign(memoryStore(), { closed: false })
  store.close = async () => {
    await new Promise((resolve) => setTimeout(resolve, 20))
    if (fail) throw new Error('disk gone')
    store.closed = true
  }
  return store
}

describe('closeStoreOnQuit', () => {
  it('holds the quit until the store has closed, then quits', async () => {
    const { mock, electron } = mockElectron()
    const store = storeWithSlowClose()
    closeStoreOnQuit(electron.app as App, () => store, memoryLog())
    ;(mock.app['quit'] as () => void)()
    await until(() => mock.state.quitted)
    expect(store.closed).toBe(true)
    expect(mock.state.quitCalls).toBe(2)
  })

  it('still quits when closing fails, and logs it', async () => {
    const { mock, electron } = mockElectron()
    const log = memoryLog()
    closeStoreOnQuit(electron.app as App, () => storeWithSlowClose(true), log)
    ;(mock.app['quit'] as () => void)()
    await until(() => mock.state.quitted)
    expect(mock.state.quitted).toBe(true)
    expect(log.lines).toContainEqual({ level: 'error', message: 'store close failed' })
  })

  it('quits straight away when no store was opened', async () => {
    const { mock, electron } = mockElectron()
    closeStoreOnQuit(electron.app as App, () => null, memoryLog())
    ;(mock.app['quit'] as () => void)()
    await until(() => mock.state.quitted)
    expect(mock.state.quitCalls).toBe(1)
  })
})
