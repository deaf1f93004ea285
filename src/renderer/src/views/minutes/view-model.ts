import type { Meeting } from '../../../../shared/domain/meetings'
import { rollCall, type RollCallRow } from '../../../../shared/meetings/attendance'
import { lockedMessage } from '../../../../shared/meetings/protocol'
import { canEditMinutes } from '../../../../shared/meetings/rules'
import { minutesSections, type MinutesSection } from '../../../../shared/meetings/minutes-skeleton'
import { EDITOR_TEXTS } from './texts'

export interface SectionModel extends MinutesSection {
  /** The stored revision: autosave names it, so a save based on older text is refused. */
  revision: number
}

/**
 * What the editor shows, computed from the cached meeting with the shared rules (the same
 * as main's minutes.get), so every change that answers with the meeting redraws it at once.
 * `readOnly` is the one switch every field of the editor obeys (panels mounted into it too):
 * a justerat protokoll, a cancelled meeting, or a data folder that cannot be written.
 */
export interface MinutesModel {
  meetingId: string
  kind: Meeting['minutes']['kind']
  isProtocol: boolean
  readOnly: boolean
  /** Why, in Swedish; null when she can write. */
  readOnlyReason: string | null
  sections: SectionModel[]
  rollCall: RollCallRow[]
}

export function minutesModel(meeting: Meeting, storeReadOnly: boolean): MinutesModel {
  const revisions = new Map(meeting.agenda.map((item) => [item.id, item.revision ?? 0]))
  const reason = !canEditMinutes(meeting) ? EDITOR_TEXTS.cancelled : (lockedMessage(meeting.minutes) ?? (storeReadOnly ? EDITOR_TEXTS.storeReadOnly : null))
  return {
    meetingId: meeting.id,
    kind: meeting.minutes.kind,
    isProtocol: meeting.minutes.kind === 'protocol',
    readOnly: reason !== null,
    readOnlyReason: reason,
    sections: minutesSections(meeting.agenda).map((s) => ({ ...s, revision: revisions.get(s.itemId) ?? 0 })),
    rollCall: rollCall(meeting.invitees, meeting.attendance)
  }
}
