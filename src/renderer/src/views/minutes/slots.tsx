import type { Meeting } from '../../../../shared/domain/meetings'
import type { MinutesModel, SectionModel } from './view-model'

/*
 * Where the protokoll and follow-up panels (views/minutes/protocol/ and
 * views/minutes/follow-up/, built beside this editor) are mounted: replace the null with
 * the panel. Both get `readOnly`, which every field must obey (a justerat protokoll locks
 * the whole editor; MinutesModel says why).
 */

export interface FollowUpSlotProps {
  /** The meeting by id: useMeeting(meetingId) reads it from the cache (the item re-renders only when its own fields change). */
  meetingId: string
  section: SectionModel
  readOnly: boolean
}

/** Under an item of kind followUp: the open assignments from earlier meetings, reported on here. */
export function FollowUpSlot(_props: FollowUpSlotProps) {
  return null
}

export interface ProtocolSlotProps {
  meeting: Meeting
  model: MinutesModel
}

/** Above the items when the minutes are a protokoll: sekreterare, justerare, state, lock and unlock. */
export function ProtocolSlot(_props: ProtocolSlotProps) {
  return null
}
