import { makeStyles, tokens } from '@fluentui/react-components'
import { CalendarLtr24Regular } from '@fluentui/react-icons'
import type { MeetingSummary } from '../../../../shared/contract/meetings'
import { listSection } from '../../../../shared/meetings/rules'
import { EmptyState } from '../../components/EmptyState'
import { QueryStatus } from '../../components/QueryStatus'
import { ViewPage } from '../../components/ViewPage'
import { useMeetings } from '../../hooks/meetings/useMeetings'
import { useToday } from '../../hooks/useToday'
import { MeetingTable } from './MeetingTable'
import { LIST_TEXTS } from './texts'

const useStyles = makeStyles({
  sections: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL }
})

/** Möten: upcoming meetings soonest first, then earlier ones newest first. */
export function MeetingList() {
  const meetings = useMeetings()
  const today = useToday()
  return (
    <ViewPage title={LIST_TEXTS.title} description={LIST_TEXTS.description}>
      <QueryStatus query={meetings} what={LIST_TEXTS.loading}>
        {(rows) => (rows.length === 0 ? <NoMeetings /> : today ? <MeetingSections rows={rows} today={today} /> : null)}
      </QueryStatus>
    </ViewPage>
  )
}

function NoMeetings() {
  return (
    <EmptyState icon={CalendarLtr24Regular} title={LIST_TEXTS.emptyTitle}>
      {LIST_TEXTS.emptyBody}
    </EmptyState>
  )
}

function MeetingSections({ rows, today }: { rows: MeetingSummary[]; today: string }) {
  const styles = useStyles()
  // The list comes newest first; the next meeting is what she looks for first among the upcoming.
  const upcoming = rows.filter((m) => listSection(m, today) === 'upcoming').reverse()
  const past = rows.filter((m) => listSection(m, today) === 'past')
  return (
    <div className={styles.sections}>
      <MeetingTable id="upcoming" title={LIST_TEXTS.upcoming} none={LIST_TEXTS.upcomingNone} rows={upcoming} today={today} />
      <MeetingTable id="past" title={LIST_TEXTS.past} none={LIST_TEXTS.pastNone} rows={past} today={today} />
    </div>
  )
}
