import type { Meeting } from '../../../../shared/domain/meetings'
import { FollowUpPanel } from './follow-up/FollowUpPanel'
import { ProtocolPanel } from './protocol/ProtocolPanel'
import type { MinutesModel, SectionModel } from './view-model'

/*
 * Where the protokoll and follow-up panels (views/minutes/protocol/ and
 * views/minutes/follow-up/, built beside this editor) are mounted. Both get `readOnly`,
 * which every field must obey (a justerat protokoll locks the whole editor; MinutesModel says why).
 */

export interface FollowUpSlotProps {
  /** The meeting by id: useMeeting(meetingId) reads it from the cache (the item re-renders only when its own fields change). */
  meetingId: string
  section: SectionModel
  readOnly: boolean
}

/** Under an item of kind followUp: the open assignments from earlier meetings, reported on here. */
export function FollowUpSlot({ meetingId, readOnly }: FollowUpSlotProps) {
  return <FollowUpPanel meetingId={meetingId} readOnly={readOnly} headingLevel="h4" />
}

export interface ProtocolSlotProps {
  meeting: Meeting
  model: MinutesModel
}

/**
 * Above the items: Minnesanteckningar or Protokoll, and for a protokoll sekreterare,
 * justerare, state, lock and unlock. The lock is the panel's own to lift, so only the
 * other reasons (a cancelled meeting, a read-only store) make it read-only here.
 */
export function ProtocolSlot({ meeting, model }: ProtocolSlotProps) {
  return <ProtocolPanel meetingId={meeting.id} readOnly={model.readOnly} lockNotice={false} />
}
