import type { Meeting, Place } from '../../../../../shared/domain/meetings'
import { parseTypedDate, parseTypedTime, timeRangeError } from '../../../../../shared/meetings/time'
import { dateWarnings, type BusySlot, type DateWarning } from '../../../../../shared/meetings/warnings'

/**
 * The meeting form as she types it: every field a string, so "930" can stand in the
 * box while she is still typing; parsed into stored values (and field errors) on
 * every change with the shared rules.
 */
export interface MeetingDraft {
  council: string
  date: string
  startTime: string
  endTime: string
  address: string
  floor: string
  room: string
  videoLink: string
  caseNumber: string
  apologiesTo: string
  /** "Anmäl förhinder senast": optional, so empty is no date. */
  apologiesBy: string
}
export type DraftField = keyof MeetingDraft

/** What the draft means once parsed: the values a store update takes. */
export interface MeetingFacts {
  council: string
  date: string
  startTime: string
  endTime: string
  place: Place
  caseNumber: string
  apologiesTo: string
  apologiesBy: string | null
}

export type DraftErrors = Partial<Record<DraftField, string>>

const shown = (time: string) => time.replace(':', '.')

export function draftOf(meeting: Pick<Meeting, 'council' | 'date' | 'startTime' | 'endTime' | 'place' | 'caseNumber' | 'apologiesTo' | 'apologiesBy'>): MeetingDraft {
  return {
    council: meeting.council,
    date: meeting.date,
    startTime: shown(meeting.startTime),
    endTime: shown(meeting.endTime),
    ...meeting.place,
    caseNumber: meeting.caseNumber,
    apologiesTo: meeting.apologiesTo,
    apologiesBy: meeting.apologiesBy ?? ''
  }
}

/** An empty form for a new meeting: the usual 9–11, date left for her to pick. */
export function emptyDraft(council: string, apologiesTo: string): MeetingDraft {
  return { council, date: '', startTime: '9.00', endTime: '11.00', address: '', floor: '', room: '', videoLink: '', caseNumber: '', apologiesTo, apologiesBy: '' }
}

/** Parses the typed fields; `facts` is null while any field has an error. */
export function parseDraft(draft: MeetingDraft): { facts: MeetingFacts | null; errors: DraftErrors } {
  const errors: DraftErrors = {}
  const date = parseTypedDate(draft.date)
  const start = parseTypedTime(draft.startTime)
  const end = parseTypedTime(draft.endTime)
  if (!date.ok) errors.date = date.error
  if (!start.ok) errors.startTime = start.error
  if (!end.ok) errors.endTime = end.error
  const by = draft.apologiesBy.trim() === '' ? null : parseTypedDate(draft.apologiesBy)
  if (by && !by.ok) errors.apologiesBy = by.error
  if (start.ok && end.ok) {
    const range = timeRangeError(start.value, end.value)
    if (range) errors.endTime = range
  }
  if (draft.council.trim() === '') errors.council = 'Ange rådets namn, t.ex. Hägersten-Älvsjö'
  if (!date.ok || !start.ok || !end.ok || Object.keys(errors).length > 0) return { facts: null, errors }
  const place = { address: draft.address.trim(), floor: draft.floor.trim(), room: draft.room.trim(), videoLink: draft.videoLink.trim() }
  const facts = { council: draft.council.trim(), date: date.value, startTime: start.value, endTime: end.value, place, caseNumber: draft.caseNumber.trim(), apologiesTo: draft.apologiesTo.trim(), apologiesBy: by?.ok ? by.value : null }
  return { facts, errors }
}

/**
 * The warnings next to the date (holiday, day off, weekend, another meeting at the
 * same time): as soon as the date reads, even while a time is still half typed.
 */
export function draftWarnings(draft: MeetingDraft, meetingId: string, busy: readonly BusySlot[]): DateWarning[] {
  const date = parseTypedDate(draft.date)
  if (!date.ok) return []
  const start = parseTypedTime(draft.startTime)
  const end = parseTypedTime(draft.endTime)
  const times = start.ok && end.ok && !timeRangeError(start.value, end.value)
  const slot = { id: meetingId, date: date.value, startTime: times ? start.value : '00:00', endTime: times ? end.value : '00:00' }
  return dateWarnings(slot, times ? busy : [])
}
