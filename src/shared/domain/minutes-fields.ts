import { z } from 'zod'
import { IdSchema, IsoDateSchema, TimestampSchema, multilineText, textField } from './primitives'

/*
 * The fields the minutes and the protokoll add to meetings.ts's schemas (issue 13; the
 * rules are in src/shared/meetings/). Optional only: data written before them stays
 * valid, so they need no schema version.
 */
export const FOLLOW_UP_OUTCOMES = ['done', 'ongoing', 'struck'] as const
export const FollowUpSchema = z.object({
  /** The meeting at which it was reported. */
  meetingId: IdSchema,
  outcome: z.enum(FOLLOW_UP_OUTCOMES),
  note: textField(500).default(''),
  reportedOn: IsoDateSchema
})
export type FollowUp = z.infer<typeof FollowUpSchema>

export const PROTOCOL_EVENTS = ['sentForApproval', 'approved', 'unlocked', 'returnedToDraft'] as const
export const ProtocolEventSchema = z.object({
  at: TimestampSchema,
  event: z.enum(PROTOCOL_EVENTS),
  /** Why a justerat protokoll was unlocked (required then); empty otherwise. */
  reason: multilineText(1000).default('')
})
export type ProtocolEvent = z.infer<typeof ProtocolEventSchema>

export const MINUTES_FIELDS = {
  attendance: {
    /** "Ersättare för …": the invitee this person stood in for. */
    substituteFor: textField(200).optional(),
    /** Partial attendance by agenda item, so it follows the items when they move. */
    fromItemId: IdSchema.optional(),
    untilItemId: IdSchema.optional()
  },
  assignment: { followUps: z.array(FollowUpSchema).optional() },
  agendaItem: {
    /** Raised by every save of the item's minutes, so a save based on older text is refused, not applied. Absent means 0. */
    revision: z.number().int().min(0).optional()
  },
  nextMeeting: {
    /** "Nästa möte" picked from the planned meetings; the date and times are copied beside it. */
    meetingId: IdSchema.optional()
  },
  minutes: {
    /** Where the protokoll is justerat ("Justeras i Stockholm"). */
    approvalPlace: textField(120).optional(),
    history: z.array(ProtocolEventSchema).optional(),
    /** When "Skriv minnesanteckningar" was chosen; a second start is refused. */
    startedAt: TimestampSchema.optional(),
    /**
     * When the e-mail draft of the minutes to the invitees was last made ("Skicka
     * minnesanteckningar…"), as the kallelse log counts a draft made as sent. Absent: never.
     */
    sentAt: TimestampSchema.optional()
  }
}
