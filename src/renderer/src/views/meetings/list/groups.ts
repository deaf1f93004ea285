import { listSection } from '../../../../../shared/meetings/rules'

export interface YearGroup<M> {
  year: string
  meetings: M[]
}

export interface MeetingGroups<M> {
  /** Soonest first, by year: the next meeting is what she looks for first. */
  upcoming: YearGroup<M>[]
  /** Newest first, by year. */
  past: YearGroup<M>[]
}

type Dated = { date: string; startTime: string }

const byYear = <M extends Dated>(meetings: M[]): YearGroup<M>[] => {
  const groups: YearGroup<M>[] = []
  for (const m of meetings) {
    const year = m.date.slice(0, 4)
    const last = groups.at(-1)
    if (last?.year === year) last.meetings.push(m)
    else groups.push({ year, meetings: [m] })
  }
  return groups
}

const chronological = (a: Dated, b: Dated) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime)

/** The list's sections: from today on under Kommande, earlier under Tidigare, each by year. */
export function groupMeetings<M extends Dated>(meetings: readonly M[], today: string): MeetingGroups<M> {
  const sorted = [...meetings].sort(chronological)
  return {
    upcoming: byYear(sorted.filter((m) => listSection(m, today) === 'upcoming')),
    past: byYear(sorted.filter((m) => listSection(m, today) === 'past').reverse())
  }
}
