import { makeStyles, Text, tokens } from '@fluentui/react-components'
import type { AreaChanges } from '../../../../../shared/contract/areas'
import { formatDayMonthYear } from '../../../../../shared/format'
import { TIMELINE_TEXTS as T } from './texts'

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalL, borderRadius: tokens.borderRadiusLarge, backgroundColor: tokens.colorBrandBackground2 },
  heading: { margin: 0 },
  groups: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))', gap: tokens.spacingHorizontalL },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL }
})

/** "Sedan förra mötet": what the latest held meeting brought for the area, in a few lists; only those with something in them. */
export function SinceLastMeeting({ changes }: { changes: AreaChanges | null }) {
  const styles = useStyles()
  const groups = changes ? [
    { title: T.said(changes.entries.length), lines: changes.entries.map((e) => (e.itemNumber ? T.item(e.itemNumber, e.itemTitle) : e.excerpt)) },
    { title: T.started, lines: changes.actionsStarted.map((r) => r.action.title) },
    { title: T.followedUp, lines: changes.actionsFollowedUp.map((r) => r.action.title) },
    { title: T.given, lines: changes.assignmentsGiven.map((a) => a.text) },
    { title: T.done, lines: changes.assignmentsDone.map((a) => a.text) }
  ].filter((g) => g.lines.length > 0) : []
  const lead = changes ? T.sinceLead(formatDayMonthYear(changes.meetingDate), changes.previousMeetingDate ? formatDayMonthYear(changes.previousMeetingDate) : null) : T.sinceNoMeeting
  return (
    <section className={styles.box} aria-labelledby="since-last-heading" data-testid="since-last-meeting">
      <Text as="h2" id="since-last-heading" size={500} weight="semibold" className={styles.heading}>{T.since}</Text>
      <Text>{lead}</Text>
      {changes && groups.length === 0 ? <Text>{T.sinceNothing}</Text> : null}
      <div className={styles.groups}>
        {groups.map((g) => (
          <div key={g.title}>
            <Text as="h3" weight="semibold" className={styles.heading}>{g.title}</Text>
            <ul className={styles.list}>{[...new Set(g.lines)].map((line) => <li key={line}>{line}</li>)}</ul>
          </div>
        ))}
      </div>
    </section>
  )
}
