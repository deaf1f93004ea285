import { Badge, Link, makeStyles, Text, tokens } from '@fluentui/react-components'
import { TIMELINE_VIA_LABELS } from '../../../../../shared/areas/labels'
import type { TimelineEntry } from '../../../../../shared/contract/areas'
import { formatDayMonthYear } from '../../../../../shared/format'
import { useNavigation } from '../../../navigation/NavigationContext'
import { toHash, type Route } from '../../../navigation/routes'
import { AT_ITEM } from '../../meetings/routes'
import { TIMELINE_TEXTS as T } from './texts'

const useStyles = makeStyles({
  meeting: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingLeft: tokens.spacingHorizontalL, paddingBottom: tokens.spacingVerticalL, borderLeft: `3px solid ${tokens.colorBrandStroke2}` },
  heading: { margin: 0 },
  said: { margin: 0, paddingLeft: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  entry: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, alignItems: 'flex-start' },
  what: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  quote: { margin: 0, maxWidth: '80ch' }
})

/** One meeting on the timeline: its date as the heading, then each excerpt with where it was said and a link to the minutes there. */
export function MeetingOnTimeline({ meetingId, date, entries }: { meetingId: string; date: string; entries: readonly TimelineEntry[] }) {
  const styles = useStyles()
  return (
    <li className={styles.meeting} data-testid="timeline-meeting">
      <Text as="h3" size={400} weight="semibold" className={styles.heading}>{formatDayMonthYear(date)}</Text>
      <ul className={styles.said}>
        {entries.map((e, i) => <Entry key={`${e.agendaItemId ?? ''}-${e.via}-${e.recordId ?? i}`} meetingId={meetingId} entry={e} />)}
      </ul>
    </li>
  )
}

function Entry({ meetingId, entry: e }: { meetingId: string; entry: TimelineEntry }) {
  const styles = useStyles()
  const { navigate } = useNavigation()
  const route: Route | null = e.agendaItemId ? { view: 'meetings', params: [meetingId, AT_ITEM, e.agendaItemId] } : null
  return (
    <li className={styles.entry} data-testid="timeline-entry">
      <span className={styles.what}>
        <Text weight="semibold">{e.itemNumber ? T.item(e.itemNumber, e.itemTitle) : T.outsideItems}</Text>
        <Badge appearance="tint" color="informative">{TIMELINE_VIA_LABELS[e.via]}</Badge>
      </span>
      <p className={styles.quote}>{e.excerpt}</p>
      {route && e.itemNumber ? (
        <Link href={toHash(route)} onClick={(ev) => (ev.preventDefault(), navigate('meetings', ...route.params))}>{T.open(e.itemNumber)}</Link>
      ) : null}
    </li>
  )
}
