import type { Migration } from './types'
import { V2DatabaseSchema, type V2Database } from './v2'

/**
 * v3 keeps what a meeting's documents say from Inställningar in one snapshot,
 * `heldWith: { sender, placeName, coordinator, documents }`, taken when the meeting is held;
 * a planned meeting has none and follows the current settings.
 *
 * A held (or cancelled) v2 meeting keeps the sender and place name it already had; the
 * Kontakt block and the documents' look (logo, fonts, margins) were never stored, so the settings as they stand at upgrade time are the
 * best record left of it (the same choice v1→v2 made for the sender). A planned meeting
 * drops its early snapshot: until it is held, today's settings are the valid ones.
 */
function migrate(v2: V2Database): Record<string, unknown> {
  const meetings = v2.meetings.map(({ sender, placeName, ...meeting }) => ({
    ...meeting,
    heldWith:
      meeting.status === 'planned'
        ? null
        : {
            sender: structuredClone(sender),
            placeName: placeName || v2.settings.placeName,
            coordinator: structuredClone(v2.settings.coordinator),
            documents: structuredClone(v2.settings.documents)
          }
  }))
  return { ...v2, schemaVersion: 3, meetings }
}

export const v2ToV3: Migration = {
  from: 2,
  migrate: (data) => migrate(V2DatabaseSchema.parse(data))
}
