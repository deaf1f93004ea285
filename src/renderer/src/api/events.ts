import { events, type EventName, type EventPayload } from '../../../shared/contract/events'

/**
 * Subscribes to one event from main (src/shared/contract/events.ts); returns the
 * unsubscribe. The payload is parsed again here, so a handler gets exactly the contract's
 * type. Outside the app (no window.api.on) it subscribes to nothing.
 */
export function onEvent<E extends EventName>(name: E, handler: (payload: EventPayload<E>) => void): () => void {
  const on = window.api?.on
  if (typeof on !== 'function') return () => undefined
  return on(name, (payload) => {
    const parsed = events[name].safeParse(payload)
    if (parsed.success) handler(parsed.data as EventPayload<E>)
  })
}
