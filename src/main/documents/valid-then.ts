import { heldWithOf, type HeldWith, type Meeting } from '../../shared/domain/meetings'
import type { DocumentSettings, Settings } from '../../shared/domain/settings'

/**
 * What a meeting's documents read from Inställningar, split by meaning:
 * - what they *say* (sender, place name, the Kontakt block) is historical: a held
 *   meeting's snapshot, or today's settings while it is still planned;
 * - how they *look* (logo, fonts, margins) is presentation and always today's, so a new
 *   city template applies to every document she exports from now on.
 * The council's name is the meeting's own `council` field.
 */
export interface MeetingDocumentSettings {
  said: HeldWith
  look: DocumentSettings
}

export function documentSettingsFor(meeting: Pick<Meeting, 'heldWith'>, settings: Settings): MeetingDocumentSettings {
  return { said: meeting.heldWith ?? heldWithOf(settings), look: settings.documents }
}
