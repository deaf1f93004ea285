import type { AgendaItem, Meeting } from '../../../shared/domain/meetings'
import type { Settings } from '../../../shared/domain/settings'
import { formatDateAndTime, formatLongDate, formatTimeRange } from '../../../shared/format/dates'
import { councilLabel } from '../minutes/labels'
import { documentSettingsFor } from '../valid-then'
import { KALLELSE_TEXT as T } from './labels'
import { roleAndOrganisation } from '../../../shared/meetings/invitees'

/**
 * What a kallelse says, as plain text: the Word file, the e-mail bodies and the
 * calendar's description are all written from this one reading of the meeting.
 */

/** An open assignment from an earlier meeting, owner already a name. */
export interface KallelseFollowUp {
  id: string
  text: string
  owner: string
  dueDate: string | null
  /** The date of the meeting that gave it. */
  originDate: string
}

export interface KallelseAgendaEntry {
  number: number
  title: string
  /** "kl. 09.15–09.45, Polisen Lpo Skärholmen", or ''. */
  detail: string
  description: string
  papersLater: boolean
  followUps: KallelseFollowUp[]
}

export interface KallelseContent {
  council: string
  heading: string
  title: string
  when: string
  place: string
  videoLink: string
  /** The link when it is a web address, safe to make clickable; null otherwise. */
  videoUrl: string | null
  invitees: { name: string; role: string }[]
  agenda: KallelseAgendaEntry[]
  /** Open assignments when the agenda has no follow-up item: printed after it, never dropped. */
  unplacedFollowUps: KallelseFollowUp[]
  apologies: string
  /** "Hägersten-Liljeholmen 2019-04-26": place and date of issue. */
  issued: string
}

const WEB_LINK = /^https?:\/\/\S+$/i

const filled = (parts: string[]) => parts.map((p) => p.trim()).filter((p) => p !== '')

/** The item open assignments are listed under: the first follow-up item, else one titled "uppföljning". */
export function followUpItemIndex(agenda: readonly AgendaItem[]): number {
  const byKind = agenda.findIndex((item) => item.kind === 'followUp')
  return byKind >= 0 ? byKind : agenda.findIndex((item) => /uppföljning/i.test(item.title))
}

function itemDetail(item: AgendaItem): string {
  const time = item.startTime ? formatTimeRange(item.startTime, item.endTime) : ''
  return filled([time, item.presenter]).join(', ')
}

function apologiesText(meeting: Meeting, settings: Settings): string {
  const c = documentSettingsFor(meeting, settings).said.coordinator
  const to = meeting.apologiesTo.trim() || filled([c.name, c.phone, c.email]).join(', ')
  if (to === '') return ''
  return T.apologies(to, meeting.apologiesBy ? formatLongDate(meeting.apologiesBy, 'midSentence') : null)
}

export function placeLine(meeting: Pick<Meeting, 'place'>): string {
  return filled([meeting.place.address, meeting.place.floor, meeting.place.room]).join(', ')
}

export interface KallelseOptions {
  /** Open assignments from earlier meetings, not yet filtered by the meeting's hidden list. */
  followUps?: KallelseFollowUp[]
  /** The date of issue (YYYY-MM-DD). */
  issuedOn: string
}

export function kallelseContent(meeting: Meeting, settings: Settings, options: KallelseOptions): KallelseContent {
  const hidden = new Set(meeting.hiddenAssignmentIds ?? [])
  const followUps = (options.followUps ?? []).filter((f) => !hidden.has(f.id))
  const followUpAt = followUpItemIndex(meeting.agenda)
  const council = councilLabel(meeting.council)
  const placeName = filled([documentSettingsFor(meeting, settings).said.placeName, meeting.council])[0] ?? ''
  return {
    council,
    heading: T.heading(council),
    title: T.title(council, meeting.date),
    when: formatDateAndTime(meeting.date, meeting.startTime, meeting.endTime),
    place: placeLine(meeting),
    videoLink: meeting.place.videoLink.trim(),
    videoUrl: WEB_LINK.test(meeting.place.videoLink.trim()) ? meeting.place.videoLink.trim() : null,
    invitees: meeting.invitees.map((i) => ({ name: i.name, role: roleAndOrganisation(i) })),
    agenda: meeting.agenda.map((item, index) => ({
      number: index + 1,
      title: item.title,
      detail: itemDetail(item),
      description: item.description?.trim() ?? '',
      papersLater: item.papersLater === true,
      followUps: index === followUpAt ? followUps : []
    })),
    unplacedFollowUps: followUpAt < 0 ? followUps : [],
    apologies: apologiesText(meeting, settings),
    issued: filled([placeName, options.issuedOn]).join(' ')
  }
}

/** One open assignment as a line of text. */
export const followUpLine = (f: KallelseFollowUp): string => T.assignment(f.text, f.owner, f.dueDate, f.originDate)
