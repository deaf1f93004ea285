import type { TimelineEntry, TimelineVia } from '../contract/areas'
import type { Database } from '../domain/database'
import type { AgendaItem, Meeting } from '../domain/meetings'
import { minutesBegun } from '../meetings/minutes-skeleton'
import { plainText } from '../rich-text/plain-text'
import { paragraphsOf, paragraphText } from './tags'

/** Long enough to recognise what was said, short enough for a timeline row. */
export const EXCERPT_MAX = 240

/** The text on one line, cut at a word before `max` characters with "…". */
export function excerpt(text: string, max = EXCERPT_MAX): string {
  const line = text.replace(/\s+/g, ' ').trim()
  if (line.length <= max) return line
  const cut = line.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`
}

/** A meeting whose minutes say something: held, or its minutes begun. A cancelled one says nothing. */
export const meetingSpeaks = (m: Meeting): boolean => m.status !== 'cancelled' && (m.status === 'held' || minutesBegun(m))

type Where = Pick<TimelineEntry, 'meetingId' | 'meetingDate' | 'agendaItemId' | 'itemNumber' | 'itemTitle'>

const where = (m: Meeting, item: AgendaItem | undefined): Where => ({
  meetingId: m.id,
  meetingDate: m.date,
  agendaItemId: item?.id ?? null,
  itemNumber: item ? m.agenda.indexOf(item) + 1 : null,
  itemTitle: item?.title ?? ''
})

const entry = (at: Where, via: TimelineVia, text: string, recordId: string | null = null): TimelineEntry => ({ ...at, excerpt: excerpt(text), via, recordId })

/**
 * What one item said about the area: the whole item when it is tagged (its notes, or
 * its title when it has none), else each tagged paragraph; then its tagged decisions.
 */
function itemEntries(m: Meeting, item: AgendaItem, areaId: string): TimelineEntry[] {
  const at = where(m, item)
  const said = item.areaIds.includes(areaId)
    ? [entry(at, 'item', plainText(item.notes).trim() || item.title)]
    : paragraphsOf(item.notes)
        .filter((p) => p.attrs?.areaIds?.includes(areaId) && paragraphText(p).trim() !== '')
        .map((p) => entry(at, 'paragraph', paragraphText(p)))
  const decided = item.decisions.filter((d) => d.areaIds.includes(areaId)).map((d) => entry(at, 'decision', d.text, d.id))
  return [...said, ...decided]
}

const sortKey = (m: Meeting) => `${m.date} ${m.startTime}`

/**
 * The area's timeline: what each meeting said about it, newest meeting first and in
 * agenda order within one (item or paragraphs, decisions, then the assignments given
 * at that item). Only meetings whose minutes say something; a closed area keeps it all.
 */
export function areaTimeline(db: Pick<Database, 'meetings' | 'assignments'>, areaId: string): TimelineEntry[] {
  const meetings = db.meetings.filter(meetingSpeaks).sort((a, b) => sortKey(b).localeCompare(sortKey(a)) || a.id.localeCompare(b.id))
  return meetings.flatMap((m) => {
    const given = db.assignments.filter((a) => a.originMeetingId === m.id && a.areaIds.includes(areaId))
    const perItem = m.agenda.flatMap((item) => [
      ...itemEntries(m, item, areaId),
      ...given.filter((a) => a.agendaItemId === item.id).map((a) => entry(where(m, item), 'assignment', a.text, a.id))
    ])
    const outside = given.filter((a) => !m.agenda.some((i) => i.id === a.agendaItemId)).map((a) => entry(where(m, undefined), 'assignment', a.text, a.id))
    return [...perItem, ...outside]
  })
}
