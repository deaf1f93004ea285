import { Button, Input, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components'
import { ArrowLeft24Regular, CalendarCheckmark24Regular, PersonAdd24Regular, Search24Regular } from '@fluentui/react-icons'
import { useState } from 'react'
import type { SeminarDetail } from '../../../../../shared/seminars/results'
import { errorMessage } from '../../../api/client'
import { QueryStatus } from '../../../components/QueryStatus'
import { ViewPage } from '../../../components/ViewPage'
import { useSeminar } from '../../../hooks/seminars/useSeminars'
import { useNavigation } from '../../../navigation/NavigationContext'
import { CloseDialog } from './CloseDialog'
import { DoorCounts } from './DoorCounts'
import { DoorList } from './DoorList'
import { CHECK_IN_TEXTS as T } from './texts'
import { useDoor } from './useDoor'
import { WalkInDialog } from './WalkInDialog'

const useStyles = makeStyles({
  // Stretched, so the door list uses the whole width whatever sits above it.
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, alignItems: 'stretch' },
  back: { alignSelf: 'flex-start' },
  door: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, alignSelf: 'stretch' },
  bar: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
  search: { flexGrow: 1, minWidth: '320px', fontSize: tokens.fontSizeBase600, minHeight: '56px' }
})

/** Incheckning at the door: counts on top, search as you type, one key or a tap per person. */
export function CheckInPage({ id }: { id: string }) {
  const styles = useStyles()
  const detail = useSeminar(id)
  const { navigate } = useNavigation()
  const s = detail.data?.seminar
  return (
    <div className={styles.page}>
      <Button className={styles.back} appearance="subtle" icon={<ArrowLeft24Regular />} onClick={() => navigate('seminars', id)}>{T.back}</Button>
      <ViewPage title={s ? T.title(s.theme) : T.loadingTitle}>
        <QueryStatus query={detail} what={T.loading}>{(d) => <Door detail={d} />}</QueryStatus>
      </ViewPage>
    </div>
  )
}

function Door({ detail }: { detail: SeminarDetail }) {
  const styles = useStyles()
  const door = useDoor(detail.registrations)
  const [dialog, setDialog] = useState<'walkIn' | 'close' | null>(null)
  const held = detail.seminar.status === 'held' || detail.seminar.status === 'cancelled'
  const next = door.shown[door.index]?.registration
  const done = (message: string | null) => (setDialog(null), message && door.setSaid(message), message && door.search(''))
  return (
    <div className={styles.door}>
      <DoorCounts counts={detail.counts} />
      {held ? <MessageBar intent="info"><MessageBarBody>{T.held}</MessageBarBody></MessageBar> : null}
      <div className={styles.bar}>
        <Input className={styles.search} type="search" size="large" autoFocus aria-label={T.search} aria-describedby="door-hint" contentBefore={<Search24Regular />} value={door.query}
          onChange={(_e, d) => door.search(d.value)} onKeyDown={(e) => door.onKey(e.key) && e.preventDefault()} data-testid="door-search" />
        {held ? null : <Button size="large" icon={<PersonAdd24Regular />} onClick={() => setDialog('walkIn')}>{T.walkIn}</Button>}
        {held ? null : <Button size="large" icon={<CalendarCheckmark24Regular />} onClick={() => setDialog('close')}>{T.close}</Button>}
      </div>
      <Text data-testid="door-shown">{T.shown(door.shown.length, door.total)}</Text>
      <Text id="door-hint">{door.shown.length === 0 ? T.none : next?.status === 'booked' ? `${T.next(next.name)}. ${T.searchHint}` : T.searchHint}</Text>
      <div role="status" data-testid="door-said">
        {door.error ? <MessageBar intent="error"><MessageBarBody>{`${T.failed}: ${errorMessage(door.error)}`}</MessageBarBody></MessageBar> : <Text size={500}>{door.said}</Text>}
      </div>
      <DoorList entries={door.shown} active={door.index} busy={door.busy || held} onTick={(e) => door.tick(e.registration)} onUndo={(e) => door.untick(e.registration)} />
      {dialog === 'walkIn' ? <WalkInDialog seminarId={detail.seminar.id} initialName={door.query} onDone={(name) => done(name ? T.walkInAdded(name) : null)} /> : null}
      {dialog === 'close' ? <CloseDialog seminarId={detail.seminar.id} notTicked={detail.counts.booked - detail.counts.attended} onDone={done} /> : null}
    </div>
  )
}
