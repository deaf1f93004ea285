import type { ServiceContext } from '../context'

/** How long quitting waits for the window to save its drafts; a hung window must not keep the app alive. */
export const FLUSH_TIMEOUT_MS = 3000

export type FlushOutcome = 'flushed' | 'timedOut' | 'noWindow'

/**
 * The before-quit handshake: asks the window (event app.beforeQuit) to save its unsaved
 * drafts through the usual calls, and waits until it answers with app.draftsFlushed or
 * the timeout passes. Only then may the store close.
 */
export function flushWindowDrafts(ctx: ServiceContext, timeoutMs = FLUSH_TIMEOUT_MS): Promise<FlushOutcome> {
  const requestId = ctx.newId()
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      ctx.session.pendingFlushes.delete(requestId)
      resolve('timedOut')
    }, timeoutMs)
    ctx.session.pendingFlushes.set(requestId, () => {
      clearTimeout(timer)
      resolve('flushed')
    })
    if (!ctx.events.emit('app.beforeQuit', { requestId })) {
      clearTimeout(timer)
      ctx.session.pendingFlushes.delete(requestId)
      resolve('noWindow')
    }
  })
}

/** The window's answer; an unknown or repeated id is ignored. */
export function draftsFlushed(ctx: ServiceContext, requestId: string): void {
  const done = ctx.session.pendingFlushes.get(requestId)
  ctx.session.pendingFlushes.delete(requestId)
  done?.()
}
