import { makeStyles, tokens } from '@fluentui/react-components'
import { CalendarLtr24Regular } from '@fluentui/react-icons'
import type { MeetingSummary } from '../../../../shared/contract/meetings'
import { toIsoDate } from '../../../../shared/format'
import { EmptyState } from '../../components/EmptyState'
import { QueryStatus } from '../../components/QueryStatus'
import { ViewPage } from '../../components/ViewPage'
import { useMeetings } from '../../hooks/meetings/useMeetings'
import { MeetingTable } from './MeetingTable'
import { LIST_TEXTS } from './texts'

const useStyles = makeStyles({
  sections: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL }
})

/** Today on this computer's calendar, as an ISO date: what "kommande" is measured from. */
function todayIso(now = new Date()): string {
  return toIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() })
}

/** Möten: upcoming meetings soonest first, then earlier ones newest first. */
export function MeetingList() {
  const meetings = useMeetings()
  return (
    <ViewPage title={LIST_TEXTS.title} description={LIST_TEXTS.description}>
      <QueryStatus query={meetings} what={LIST_TEXTS.loading}>
        {(rows) => (rows.length === 0 ? <NoMeetings /> : <MeetingSections rows={rows} />)}
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

function MeetingSections({ rows }: { rows: MeetingSummary[] }) {
  const styles = useStyles()
  const today = todayIso()
  // The list comes newest first; the next meeting is what she looks for first among the upcoming.
  const upcoming = rows.filter((m) => m.date >= today).reverse()
  const past = rows.filter((m) => m.date < today)
  return (
    <div className={styles.sections}>
      <MeetingTable id="upcoming" title={LIST_TEXTS.upcoming} none={LIST_TEXTS.upcomingNone} rows={upcoming} />
      <MeetingTable id="past" title={LIST_TEXTS.past} none={LIST_TEXTS.pastNone} rows={past} />
    </div>
  )
}
