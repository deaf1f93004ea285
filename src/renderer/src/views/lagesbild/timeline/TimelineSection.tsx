import { makeStyles, Text, tokens } from '@fluentui/react-components'
import type { AreaTimeline, TimelineEntry } from '../../../../../shared/contract/areas'
import { EmptyState } from '../../../components/EmptyState'
import { MeetingOnTimeline } from './MeetingOnTimeline'
import { SinceLastMeeting } from './SinceLastMeeting'
import { TIMELINE_TEXTS as T } from './texts'
import { Timeline24Regular } from '@fluentui/react-icons'

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, alignSelf: 'stretch' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  list: { margin: 0, paddingLeft: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS }
})

/** The entries of one meeting together, in the timeline's order (newest meeting first). */
export function byMeeting(entries: readonly TimelineEntry[]): { meetingId: string; date: string; entries: TimelineEntry[] }[] {
  const groups: { meetingId: string; date: string; entries: TimelineEntry[] }[] = []
  for (const e of entries) {
    const last = groups.at(-1)
    if (last?.meetingId === e.meetingId) last.entries.push(e)
    else groups.push({ meetingId: e.meetingId, date: e.meetingDate, entries: [e] })
  }
  return groups
}

/** Sedan förra mötet, then what each meeting said about the area with a link to the minutes at each item. */
export function TimelineSection({ timeline }: { timeline: AreaTimeline }) {
  const styles = useStyles()
  const meetings = byMeeting(timeline.entries)
  return (
    <div className={styles.content}>
      <SinceLastMeeting changes={timeline.changes} />
      <section className={styles.section} aria-labelledby="timeline-heading">
        <Text as="h2" id="timeline-heading" size={500} weight="semibold" className={styles.heading}>{T.heading}</Text>
        <Text>{T.lead}</Text>
        {meetings.length === 0 ? <EmptyState icon={Timeline24Regular} title={T.noneTitle}>{T.none}</EmptyState> : (
          <ol className={styles.list} aria-labelledby="timeline-heading" data-testid="timeline">
            {meetings.map((m) => <MeetingOnTimeline key={m.meetingId} meetingId={m.meetingId} date={m.date} entries={m.entries} />)}
          </ol>
        )}
      </section>
    </div>
  )
}
