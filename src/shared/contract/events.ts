import { z } from 'zod'

/**
 * Commands the Electron menu can ask the window to run. The window's command registry
 * (src/renderer/src/commands) holds their labels and what they do; the menu only names them.
 */
export const MENU_COMMAND_IDS = ['app.openDataFolder', 'app.keyboardHelp'] as const
export type MenuCommandId = (typeof MENU_COMMAND_IDS)[number]

/**
 * Events from main to the window: event name -> payload schema. Main parses every payload
 * before sending, and sends only to the trusted main window, over one channel
 * (EVENT_CHANNEL); the window subscribes with `window.api.on(name, handler)`.
 */
export const events = {
  /** The menu asks for a command (e.g. Arkiv › Öppna datamappen). */
  'app.command': z.object({ id: z.enum(MENU_COMMAND_IDS) }).strict(),
  /**
   * The app is about to quit: save unsaved drafts now, then call app.draftsFlushed with
   * this requestId. Main waits a few seconds at most before it closes the store.
   */
  'app.beforeQuit': z.object({ requestId: z.string().min(1).max(100) }).strict(),
  /** A downloaded update installs when the app quits. */
  'app.updateReady': z.object({ version: z.string().max(100) }).strict()
}

export type Events = typeof events
export type EventName = keyof Events
export type EventPayload<K extends EventName> = z.output<Events[K]>
