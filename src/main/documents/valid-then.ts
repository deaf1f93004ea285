import { heldWithOf, type HeldWith, type Meeting } from '../../shared/domain/meetings'
import type { DocumentSettings, Settings } from '../../shared/domain/settings'

/**
 * What a meeting's documents read from Inställningar: a held (or cancelled) meeting's
 * snapshot; while it is planned, what they say from its own sender snapshot (taken
 * when it was created; today's settings for a meeting from before that) and how they
 * look from today's settings. Both what they *say* (sender,
 * place name, the Kontakt block) and how they *look* (logo, fonts, margins) are kept, so
 * re-exporting the minutes of 2019 gives the document that was sent then, byte for byte
 * but for its creation time. The council's name is the meeting's own `council` field.
 */
export interface MeetingDocumentSettings {
  said: HeldWith
  look: DocumentSettings
}

export function documentSettingsFor(meeting: Pick<Meeting, 'heldWith' | 'senderSnapshot'>, settings: Settings): MeetingDocumentSettings {
  const valid = meeting.heldWith ?? heldWithOf(settings, meeting.senderSnapshot ?? null)
  const { documents, ...said } = valid
  return { said: { ...said, documents }, look: documents }
}
