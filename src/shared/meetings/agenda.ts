import { AgendaItemSchema, type AgendaItem } from '../domain/meetings'
import { formatTimeRange } from '../format/dates'
import { addMinutes, minutesOfDay } from './time'
import { AGENDA_TEMPLATE, PLANNING_TEXT } from './planning-text'

/**
 * Pure agenda operations: each returns a new array and leaves the one given alone,
 * so a view can hand the result to one store update. Item numbers are positions
 * (1-based), so every change renumbers by itself.
 */

const T = PLANNING_TEXT.agenda
const norm = (s: string) => s.trim().toLocaleLowerCase('sv-SE')

/** "Övriga frågor", however it is capitalised or spaced. */
export const isOtherQuestions = (item: Pick<AgendaItem, 'title'>): boolean => norm(item.title) === norm(T.otherQuestions)

/**
 * Inserts an item at `index`, or, without one, at the end: just before "Övriga
 * frågor" while that item is last. If she has moved it elsewhere, her order stands.
 */
export function addItem(agenda: readonly AgendaItem[], item: AgendaItem, index?: number): AgendaItem[] {
  const last = agenda.at(-1)
  const at = index ?? (last && isOtherQuestions(last) ? agenda.length - 1 : agenda.length)
  const clamped = Math.min(Math.max(at, 0), agenda.length)
  return [...agenda.slice(0, clamped), item, ...agenda.slice(clamped)]
}

export function removeItem<I extends { id: string }>(agenda: readonly I[], id: string): I[] {
  return agenda.filter((item) => item.id !== id)
}

/** Moves an item to a position (0-based, clamped); unknown ids change nothing. Any list of items with ids (a seminar's program too). */
export function moveItemTo<I extends { id: string }>(agenda: readonly I[], id: string, index: number): I[] {
  const from = agenda.findIndex((item) => item.id === id)
  if (from < 0) return [...agenda]
  const rest = agenda.filter((item) => item.id !== id)
  const to = Math.min(Math.max(index, 0), rest.length)
  return [...rest.slice(0, to), agenda[from], ...rest.slice(to)]
}

/** One step up or down (Alt+↑/↓); at either end nothing moves. */
export function moveItem<I extends { id: string }>(agenda: readonly I[], id: string, direction: 'up' | 'down'): I[] {
  const from = agenda.findIndex((item) => item.id === id)
  return from < 0 ? [...agenda] : moveItemTo(agenda, id, from + (direction === 'up' ? -1 : 1))
}

/** What a screen reader announces after a move: "Övriga frågor flyttad till punkt 3 av 7." */
export function moveAnnouncement(agenda: readonly { id: string; title: string }[], id: string): string {
  const index = agenda.findIndex((item) => item.id === id)
  return index < 0 ? '' : T.moved(agenda[index].title, index + 1, agenda.length)
}

/** The items with their numbers as printed: 1, 2, 3 … in agenda order. */
export function numberedAgenda<I>(agenda: readonly I[]): { number: number; item: I }[] {
  return agenda.map((item, index) => ({ number: index + 1, item }))
}

/** A new meeting's agenda from a template; ids come from the caller. */
export function agendaFromTemplate(newId: () => string, template = AGENDA_TEMPLATE): AgendaItem[] {
  return template.map(({ title, kind }) => AgendaItemSchema.parse({ id: newId(), title, kind }))
}

export interface Slot {
  startTime: string
  endTime: string
}

const DEFAULT_SLOT_MINUTES = 15

/**
 * The slot for the item at `index`: it starts where the nearest earlier slot
 * ends (or at the meeting's start) and lasts as long as that slot did, or 15
 * minutes. It may run past the meeting's end; slotWarnings says so.
 */
export function suggestSlot(agenda: readonly AgendaItem[], index: number, meetingStart: string): Slot {
  const previous = agenda
    .slice(0, Math.max(index, 0))
    .filter((item) => item.startTime && item.endTime)
    .at(-1)
  if (!previous?.startTime || !previous.endTime) {
    return { startTime: meetingStart, endTime: addMinutes(meetingStart, DEFAULT_SLOT_MINUTES) }
  }
  const length = minutesOfDay(previous.endTime) - minutesOfDay(previous.startTime)
  return { startTime: previous.endTime, endTime: addMinutes(previous.endTime, length > 0 ? length : DEFAULT_SLOT_MINUTES) }
}

export interface SlotWarning {
  itemId: string
  message: string
}

/** Slots that start before the meeting, end after it, or end before they start. */
export function slotWarnings(agenda: readonly AgendaItem[], meeting: Slot): SlotWarning[] {
  return numberedAgenda(agenda).flatMap(({ number, item }): SlotWarning[] => {
    const warn = (message: string) => [{ itemId: item.id, message }]
    if (item.startTime && minutesOfDay(item.startTime) < minutesOfDay(meeting.startTime)) {
      return warn(T.startsBeforeMeeting(number, formatTimeRange(item.startTime)))
    }
    if (!item.endTime) return []
    if (item.startTime && minutesOfDay(item.endTime) <= minutesOfDay(item.startTime)) return warn(T.slotEndsBeforeStart(number))
    if (minutesOfDay(item.endTime) > minutesOfDay(meeting.endTime)) {
      return warn(T.endsAfterMeeting(number, formatTimeRange(item.endTime), formatTimeRange(meeting.endTime)))
    }
    return []
  })
}
