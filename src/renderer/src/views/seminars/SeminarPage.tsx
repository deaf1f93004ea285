import { Button, makeStyles, Tab, TabList, tokens } from '@fluentui/react-components'
import { ArrowLeft24Regular, CopyAdd24Regular, Door24Regular } from '@fluentui/react-icons'
import { useState } from 'react'
import type { SeminarDetail } from '../../../../shared/seminars/results'
import { formatLongDate, formatTimeRange } from '../../../../shared/format'
import { QueryStatus } from '../../components/QueryStatus'
import { ViewPage } from '../../components/ViewPage'
import { useSeminar } from '../../hooks/seminars/useSeminars'
import { useNavigation } from '../../navigation/NavigationContext'
import { ExportsSection } from './exports/ExportsSection'
import { SeminarDetails } from './form/SeminarDetails'
import { InvitationSection } from './invitation/InvitationSection'
import { RegistrationsSection } from './registrations/RegistrationsSection'
import { CHECK_IN, NEW_SEMINAR } from './routes'
import { LIST_TEXTS, PAGE_TEXTS as T, STATUS_LABELS } from './texts'

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, alignItems: 'flex-start' },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, alignSelf: 'stretch' }
})

export type TabId = keyof typeof T.tabs

/** One seminar: its details (saved by themselves), the invitation, the registrations and the lists, a tab each. */
export function SeminarPage({ id, initialTab = 'details' }: { id: string; initialTab?: TabId }) {
  const styles = useStyles()
  const detail = useSeminar(id)
  const { navigate } = useNavigation()
  const s = detail.data?.seminar
  const actions = s ? (
    <>
      <Button appearance="primary" icon={<Door24Regular />} onClick={() => navigate('seminars', id, CHECK_IN)}>{T.door}</Button>
      <Button icon={<CopyAdd24Regular />} onClick={() => navigate('seminars', NEW_SEMINAR, id)}>{LIST_TEXTS.copy}</Button>
    </>
  ) : undefined
  const lead = s ? `${formatLongDate(s.date)} ${formatTimeRange(s.startTime, s.endTime)} · ${STATUS_LABELS[s.status]}` : undefined
  return (
    <div className={styles.page}>
      <Button appearance="subtle" icon={<ArrowLeft24Regular />} onClick={() => navigate('seminars')}>{T.back}</Button>
      <ViewPage title={s ? T.title(s) : detail.error ? T.failedTitle : T.loadingTitle} description={lead} actions={actions}>
        <QueryStatus query={detail} what={T.loading}>{(d) => <SeminarTabs detail={d} initialTab={initialTab} />}</QueryStatus>
      </ViewPage>
    </div>
  )
}

function SeminarTabs({ detail, initialTab }: { detail: SeminarDetail; initialTab: TabId }) {
  const styles = useStyles()
  const [tab, setTab] = useState<TabId>(initialTab)
  return (
    <div className={styles.body}>
      <TabList selectedValue={tab} aria-label={T.tabsLabel} onTabSelect={(_e, d) => setTab(d.value as TabId)}>
        {(Object.keys(T.tabs) as TabId[]).map((t) => <Tab key={t} value={t} id={`seminar-tab-${t}`}>{T.tabs[t]}</Tab>)}
      </TabList>
      <div role="tabpanel" aria-labelledby={`seminar-tab-${tab}`} className={styles.body}>
        {tab === 'details' ? <SeminarDetails key={detail.seminar.id} seminar={detail.seminar} /> : null}
        {tab === 'invitation' ? <InvitationSection seminar={detail.seminar} /> : null}
        {tab === 'registrations' ? <RegistrationsSection detail={detail} /> : null}
        {tab === 'exports' ? <ExportsSection detail={detail} /> : null}
      </div>
    </div>
  )
}
