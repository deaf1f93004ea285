import { z } from 'zod'
import { IsoDateSchema } from '../domain/primitives'

/*
 * One thing on Översikt's "Att göra": a sentence and where to do it. Built by the rules
 * in this folder, carried by the overview.today contract method.
 */

export const TODO_KINDS = [
  'kallelse', 'kallelseChange', 'cancellation', 'nextMeeting',
  'minutesNotFinished', 'minutesNotSent', 'awaitingApproval', 'overdueAssignments',
  'seminarDeadline', 'seminarWaitlist', 'seminarFull', 'dietaryErasure'
] as const
export type TodoKind = (typeof TODO_KINDS)[number]

/**
 * How pressing it is, most urgent first: `now` has a date within the coming week that
 * will not wait (a meeting, a deadline, an erasure, free seats with people waiting);
 * `late` is already past its time; `later` has a date further off; `info` needs nothing
 * done but is worth knowing (the next meeting is called, a seminar is full).
 */
export const URGENCIES = ['now', 'late', 'later', 'info'] as const
export type Urgency = (typeof URGENCIES)[number]

/** The views a to-do opens; the renderer's view ids include them. */
export const TODO_VIEWS = ['meetings', 'assignments', 'seminars'] as const

/** Route words after a meeting's id: #/meetings/<id>/kallelse, #/meetings/<id>/minutes (views/meetings/routes.ts). */
export const MEETING_SECTIONS = { kallelse: 'kallelse', minutes: 'minutes' } as const
export type MeetingSection = (typeof MEETING_SECTIONS)[keyof typeof MEETING_SECTIONS]

export const TodoItemSchema = z.object({
  /** Stable per thing (kind and record), for React keys and tests. */
  key: z.string(),
  kind: z.enum(TODO_KINDS),
  urgency: z.enum(URGENCIES),
  /** The date it is about (the meeting, the deadline, the oldest due date): orders items of one urgency. */
  date: IsoDateSchema,
  /** What she reads, one Swedish sentence. */
  text: z.string(),
  /** Where it is done: a view and its route parameters (#/meetings/<id>/kallelse). */
  route: z.object({ view: z.enum(TODO_VIEWS), params: z.array(z.string()) })
})
export type TodoItem = z.infer<typeof TodoItemSchema>

export const TodaySchema = z.object({
  /** The Stockholm date the list was made for. */
  today: IsoDateSchema,
  items: z.array(TodoItemSchema)
})
export type Today = z.infer<typeof TodaySchema>
