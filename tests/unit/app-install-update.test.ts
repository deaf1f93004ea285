import { describe, expect, it } from 'vitest'
import { appHandlers } from '../../src/main/services/app/handlers'
import { draftsFlushed } from '../../src/main/services/app/quit'
import { testContext } from '../support/context'

describe('app.installUpdate', () => {
  it('asks the window to save its drafts, and only once they are saved asks the shell to install', async () => {
    const order: string[] = []
    const ctx = testContext()
    ctx.events = {
      emit: (name, payload) => {
        order.push(name)
        // The window answers a moment later, as DraftsProvider does.
        if (name === 'app.beforeQuit') setImmediate(() => (order.push('draftsFlushed'), draftsFlushed(ctx, (payload as { requestId: string }).requestId)))
        return true
      }
    }
    ctx.updates = { restartToInstall: async () => (order.push('restartToInstall'), true) }
    expect(await appHandlers['app.installUpdate'](undefined as never, ctx)).toEqual({ started: true })
    expect(order).toEqual(['app.beforeQuit', 'draftsFlushed', 'restartToInstall'])
  })

  it('says nothing started when no update is ready', async () => {
    expect(await appHandlers['app.installUpdate'](undefined as never, testContext())).toEqual({ started: false })
  })
})
