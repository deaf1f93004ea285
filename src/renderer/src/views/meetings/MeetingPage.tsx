import { Button, makeStyles, Text, tokens } from '@fluentui/react-components'
import { ArrowLeft24Regular } from '@fluentui/react-icons'
import type { Meeting } from '../../../../shared/domain/meetings'
import { placeLine } from '../../../../shared/meetings/labels'
import { formatDayMonthYear, formatLongDate, formatTimeRange } from '../../../../shared/format'
import { QueryStatus } from '../../components/QueryStatus'
import { ViewPage } from '../../components/ViewPage'
import { useMeeting } from '../../hooks/meetings/useMeeting'
import { useNavigation } from '../../navigation/NavigationContext'
import { AgendaSection } from './AgendaSection'
import { AttendanceSection } from './AttendanceSection'
import { MinutesSection } from './MinutesSection'
import { shownStatus } from '../../../../shared/meetings/rules'
import { useToday } from '../../hooks/useToday'
import { StatusBadge } from './StatusBadge'
import { MEETING_TEXTS } from './texts'

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, alignItems: 'flex-start' },
  lead: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL }
})

/** One meeting: when and where, its agenda, who came, and its minutes as a Word document. */
export function MeetingPage({ id }: { id: string }) {
  const styles = useStyles()
  const meeting = useMeeting(id)
  const { navigate } = useNavigation()
  const title = meeting.data ? meetingTitle(meeting.data) : meeting.error ? MEETING_TEXTS.failedTitle : MEETING_TEXTS.loadingTitle
  return (
    <div className={styles.page}>
      <Button appearance="subtle" icon={<ArrowLeft24Regular />} onClick={() => navigate('meetings')}>
        {MEETING_TEXTS.back}
      </Button>
      <ViewPage title={title} description={meeting.data ? <MeetingLead meeting={meeting.data} /> : undefined}>
        <QueryStatus query={meeting} what={MEETING_TEXTS.loading}>
          {(m) => (
            <div className={styles.content}>
              <AgendaSection agenda={m.agenda} />
              <AttendanceSection meeting={m} />
              <MinutesSection meetingId={m.id} kind={m.minutes.kind} />
            </div>
          )}
        </QueryStatus>
      </ViewPage>
    </div>
  )
}

/** "Lokala BRÅ Hägersten-Liljeholmen, 22 februari 2019": which council and which day. */
function meetingTitle(meeting: Meeting): string {
  return `${MEETING_TEXTS.titlePrefix} ${meeting.council}, ${formatDayMonthYear(meeting.date)}`
}

function MeetingLead({ meeting }: { meeting: Meeting }) {
  const styles = useStyles()
  const today = useToday()
  const place = placeLine(meeting.place)
  return (
    <span className={styles.lead}>
      <span data-testid="meeting-when">
        {formatLongDate(meeting.date)} {formatTimeRange(meeting.startTime, meeting.endTime)}
      </span>
      {place ? <span data-testid="meeting-place">{place}</span> : null}
      <Text as="span" size={300}>
        {today ? <StatusBadge status={shownStatus(meeting, today)} /> : null}
      </Text>
    </span>
  )
}
