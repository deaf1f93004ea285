import type { MeetingSummary } from '../../../../../shared/contract/meetings'
import type { AgendaItem } from '../../../../../shared/domain/meetings'
import { isOtherQuestions } from '../../../../../shared/meetings/agenda'

const norm = (s: string) => s.trim().toLocaleLowerCase('sv-SE')
const UPCOMING = 'kommande möten'

/** The planned meetings whose kallelse the plan can go into, in date order. */
export const plannedMeetings = (meetings: readonly MeetingSummary[]): MeetingSummary[] =>
  meetings.filter((m) => m.status === 'planned').sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime))

/**
 * Where the plan is announced: the last planned meeting before the plan's first
 * date (the meeting that decides on next year's dates), else the plan's first one.
 */
export function defaultMeetingId(meetings: readonly MeetingSummary[], planDates: readonly string[]): string | null {
  const planned = plannedMeetings(meetings)
  const first = [...planDates].sort()[0] ?? ''
  return planned.filter((m) => m.date < first).at(-1)?.id ?? planned.find((m) => m.date >= first)?.id ?? null
}

/** The item the plan goes under: "Kommande möten", else the one before a last "Övriga frågor", else the last. */
export function defaultItemId(agenda: readonly Pick<AgendaItem, 'id' | 'title'>[]): string | null {
  const upcoming = agenda.find((i) => norm(i.title) === UPCOMING)
  if (upcoming) return upcoming.id
  const last = agenda.at(-1)
  if (last && isOtherQuestions(last) && agenda.length > 1) return agenda[agenda.length - 2].id
  return last?.id ?? null
}
