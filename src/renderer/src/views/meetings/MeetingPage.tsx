import { Button, makeStyles, Text, tokens } from '@fluentui/react-components'
import { ArrowLeft24Regular } from '@fluentui/react-icons'
import type { Meeting } from '../../../../shared/domain/meetings'
import { formatDayMonthYear, formatLongDate, formatTimeRange } from '../../../../shared/format'
import { placeLine } from '../../../../shared/meetings/labels'
import { shownStatus } from '../../../../shared/meetings/rules'
import { QueryStatus } from '../../components/QueryStatus'
import { ViewPage } from '../../components/ViewPage'
import { useMeeting } from '../../hooks/meetings/useMeetings'
import { useToday } from '../../hooks/app/useApp'
import { useNavigation } from '../../navigation/NavigationContext'
import { MeetingTabs } from '../minutes/MeetingTabs'
import { MeetingActions } from './MeetingActions'
import { PlannedMeeting } from './PlannedMeeting'
import { RecordedMeeting } from './RecordedMeeting'
import { StatusBadge } from './StatusBadge'
import { MEETING_TEXTS } from './texts'
import { faceFor, useOpenKallelse } from './useOpenSection'

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, alignItems: 'flex-start' },
  lead: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS }
})

/**
 * One meeting: a planned one is edited here (and its kallelse sent); a held or cancelled one is shown.
 * `section` (the route word after the id) opens it at its kallelse or its minutes; `itemId` at one item of its minutes.
 */
export function MeetingPage({ id, section, itemId }: { id: string; section?: string; itemId?: string }) {
  const styles = useStyles()
  const meeting = useMeeting(id)
  useOpenKallelse(section, meeting.data !== undefined)
  const { navigate } = useNavigation()
  const title = meeting.data ? meetingTitle(meeting.data) : meeting.error ? MEETING_TEXTS.failedTitle : MEETING_TEXTS.loadingTitle
  return (
    <div className={styles.page}>
      <Button appearance="subtle" icon={<ArrowLeft24Regular />} onClick={() => navigate('meetings')}>
        {MEETING_TEXTS.back}
      </Button>
      <ViewPage title={title} description={meeting.data ? <MeetingLead meeting={meeting.data} /> : undefined} actions={meeting.data ? <MeetingActions meeting={meeting.data} /> : undefined}>
        <QueryStatus query={meeting} what={MEETING_TEXTS.loading}>
          {(m) => (
            <MeetingTabs meeting={m} open={faceFor(section)} itemId={itemId}>{m.status === 'planned' ? <PlannedMeeting key={m.id} meeting={m} /> : <RecordedMeeting meeting={m} />}</MeetingTabs>
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
