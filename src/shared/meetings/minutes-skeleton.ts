import { AgendaItemSchema, type AgendaItem, type Attendance, type Meeting } from '../domain/meetings'
import type { Decision } from '../domain/areas'
import type { RichText } from '../rich-text'
import { addItem, moveItemTo, removeItem } from './agenda'
import { rollCall, type RollCallRow } from './attendance'

/**
 * "Skriv minnesanteckningar": the agenda she wrote for the kallelse becomes the minutes
 * without retyping. The minutes live on the agenda items themselves (notes, decisions),
 * so the skeleton is the agenda, numbered by position: one section per item with its
 * number, title and presenter. Items added, removed or moved during the meeting renumber
 * by themselves, and attendance that names an item ("från punkt 3") follows the item.
 */

export interface MinutesSection {
  itemId: string
  /** 1-based, as in the agenda and the Word file. */
  number: number
  title: string
  presenter: string
  kind: AgendaItem['kind']
  notes: RichText
  decisions: Decision[]
  /** The priority areas the whole item is tagged with. */
  areaIds: string[]
  /** True once she has written anything for the item. */
  hasNotes: boolean
}

type MinutesParts = Pick<Meeting, 'agenda' | 'attendance'>

/** Begun already: started with "Skriv minnesanteckningar", or written before that existed (the 2019 example). */
export const minutesBegun = (m: Pick<Meeting, 'minutes' | 'attendance' | 'agenda'>): boolean =>
  m.minutes.startedAt !== undefined || m.attendance.length > 0 || m.agenda.some((i) => i.notes.content.length > 0 || i.decisions.length > 0)

export function minutesSections(agenda: readonly AgendaItem[]): MinutesSection[] {
  return agenda.map((item, index) => ({
    itemId: item.id,
    number: index + 1,
    title: item.title,
    presenter: item.presenter,
    kind: item.kind,
    notes: item.notes,
    decisions: item.decisions,
    areaIds: item.areaIds,
    hasNotes: item.notes.content.length > 0 || item.decisions.length > 0
  }))
}

/**
 * What "Skriv minnesanteckningar" opens, in one step: a section per agenda item and the
 * roll-call rows pre-filled from the invitees (attendance.ts; only the people she marks
 * are recorded). What she already wrote is in the sections, so opening it again loses nothing.
 */
export function minutesSkeleton(meeting: Pick<Meeting, 'agenda' | 'attendance' | 'invitees'>): { sections: MinutesSection[]; rollCall: RollCallRow[] } {
  return { sections: minutesSections(meeting.agenda), rollCall: rollCall(meeting.invitees, meeting.attendance) }
}

/** A new item during the meeting (at `index`, or before "Övriga frågor" when that is last). */
export function addMinutesItem<M extends MinutesParts>(meeting: M, id: string, title: string, index?: number): M {
  const item = AgendaItemSchema.parse({ id, title })
  return { ...meeting, agenda: addItem(meeting.agenda, item, index) }
}

/** Moves an item; numbers follow the order, and partial attendance names items, not numbers. */
export function moveMinutesItem<M extends MinutesParts>(meeting: M, id: string, index: number): M {
  return { ...meeting, agenda: moveItemTo(meeting.agenda, id, index) }
}

/**
 * Removes an item. Partial attendance that began or ended at it is moved to the
 * neighbouring item that keeps its meaning: "från" to the next item, "t.o.m." to the
 * previous one; with no such item, that end is cleared.
 */
export function removeMinutesItem<M extends MinutesParts>(meeting: M, id: string): M {
  const at = meeting.agenda.findIndex((item) => item.id === id)
  if (at < 0) return { ...meeting }
  const next = meeting.agenda[at + 1]?.id
  const previous = meeting.agenda[at - 1]?.id
  const attendance = meeting.attendance.map((a) => withoutItem(a, id, next, previous))
  return { ...meeting, agenda: removeItem(meeting.agenda, id), attendance }
}

function withoutItem(record: Attendance, id: string, next: string | undefined, previous: string | undefined): Attendance {
  if (record.fromItemId !== id && record.untilItemId !== id) return record
  const { fromItemId, untilItemId, ...rest } = record
  const from = fromItemId === id ? next : fromItemId
  const until = untilItemId === id ? previous : untilItemId
  return { ...rest, ...(from ? { fromItemId: from } : {}), ...(until ? { untilItemId: until } : {}) }
}

/** The item's number now, or null when it is no longer on the agenda. */
export function itemNumber(agenda: readonly Pick<AgendaItem, 'id'>[], id: string): number | null {
  const index = agenda.findIndex((item) => item.id === id)
  return index < 0 ? null : index + 1
}
