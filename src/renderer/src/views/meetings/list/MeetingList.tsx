import { Button, makeStyles, Text, tokens } from '@fluentui/react-components'
import { Add24Regular, CalendarMultiple24Regular, CalendarLtr24Regular } from '@fluentui/react-icons'
import type { MeetingSummary } from '../../../../../shared/contract/meetings'
import { useCommand, useCommands } from '../../../commands/CommandsProvider'
import { EmptyState } from '../../../components/EmptyState'
import { QueryStatus } from '../../../components/QueryStatus'
import { ViewPage } from '../../../components/ViewPage'
import { useMeetings } from '../../../hooks/meetings/useMeetings'
import { useToday } from '../../../hooks/app/useApp'
import { useNavigation } from '../../../navigation/NavigationContext'
import { NEW_MEETING, YEAR_PLAN } from '../routes'
import { LIST_TEXTS } from '../texts'
import { groupMeetings, type YearGroup } from './groups'
import { useReadOnly } from '../../../drafts/ReadOnlyContext'
import { MeetingTable } from './MeetingTable'

const useStyles = makeStyles({
  sections: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 }
})

/** Möten: upcoming meetings soonest first, then earlier ones newest first, by year. */
export function MeetingList() {
  const meetings = useMeetings()
  const today = useToday()
  const { navigate } = useNavigation()
  const commands = useCommands()
  // Read-only (the banner says why): nothing new can be saved, so nothing new is offered.
  const readOnly = useReadOnly()
  useCommand('meetings.new', () => navigate('meetings', NEW_MEETING))
  useCommand('meetings.yearPlan', () => navigate('meetings', YEAR_PLAN))
  const actions = (
    <>
      <Button appearance="primary" icon={<Add24Regular />} disabledFocusable={readOnly} onClick={() => commands.run('meetings.new')}>
        {LIST_TEXTS.newMeeting}
      </Button>
      <Button icon={<CalendarMultiple24Regular />} disabledFocusable={readOnly} onClick={() => commands.run('meetings.yearPlan')}>
        {LIST_TEXTS.yearPlan}
      </Button>
    </>
  )
  return (
    <ViewPage title={LIST_TEXTS.title} description={LIST_TEXTS.description} actions={actions}>
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
  const groups = groupMeetings(rows, today)
  return (
    <div className={styles.sections}>
      <Section id="upcoming" title={LIST_TEXTS.upcoming} none={LIST_TEXTS.upcomingNone} years={groups.upcoming} today={today} />
      <Section id="past" title={LIST_TEXTS.past} none={LIST_TEXTS.pastNone} years={groups.past} today={today} />
    </div>
  )
}

interface SectionProps {
  id: string
  title: string
  none: string
  years: YearGroup<MeetingSummary>[]
  today: string
}

function Section({ id, title, none, years, today }: SectionProps) {
  const styles = useStyles()
  const headingId = `meetings-${id}-heading`
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
        {title}
      </Text>
      {years.length === 0 ? <Text as="p" className={styles.heading}>{none}</Text> : null}
      {years.map((y) => (
        <MeetingTable key={y.year} id={id} sectionTitle={title} year={y.year} rows={y.meetings} today={today} />
      ))}
    </section>
  )
}
