import { describe, expect, it } from 'vitest'
import { harness } from './contacts/support'

describe('app.getInfo', () => {
  it("hands the window today's Stockholm date from main's clock", async () => {
    const h = harness()
    h.ctx.clock = () => new Date('2019-02-28T23:30:00Z')
    expect(await h.call('app.getInfo')).toMatchObject({ today: '2019-03-01' })
  })

  it('answers app.draftsFlushed for the pending before-quit request only', async () => {
    const h = harness()
    let done = 0
    h.ctx.session.pendingFlushes.set('q1', () => done++)
    expect(await h.call('app.draftsFlushed', { requestId: 'other' })).toBeNull()
    expect(done).toBe(0)
    await h.call('app.draftsFlushed', { requestId: 'q1' })
    await h.call('app.draftsFlushed', { requestId: 'q1' })
    expect(done).toBe(1)
  })
})
