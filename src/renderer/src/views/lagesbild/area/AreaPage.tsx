import { Button, makeStyles, Tab, TabList, tokens } from '@fluentui/react-components'
import { ArrowLeft24Regular } from '@fluentui/react-icons'
import { useState } from 'react'
import type { AreaTimeline } from '../../../../../shared/contract/areas'
import { QueryStatus } from '../../../components/QueryStatus'
import { ViewPage } from '../../../components/ViewPage'
import { useAreaTimeline } from '../../../hooks/areas/useAreas'
import { useNavigation } from '../../../navigation/NavigationContext'
import { ActionsSection } from '../actions/ActionsSection'
import { AreaEditor } from '../editor/AreaEditor'
import { periodOf } from '../list/AreaTable'
import { PAGE_TEXTS as T } from '../texts'
import { TimelineSection } from '../timeline/TimelineSection'

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, alignItems: 'flex-start' },
  // The timeline's text gets the page's width, not the width of its widest line.
  stretch: { alignSelf: 'stretch' },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, alignSelf: 'stretch' }
})

type TabId = keyof typeof T.tabs

/** One priority area: what was said about it meeting by meeting, its insatser and uppdrag, and its details, a tab each. */
export function AreaPage({ id }: { id: string }) {
  const styles = useStyles()
  const timeline = useAreaTimeline(id)
  const { navigate } = useNavigation()
  const a = timeline.data?.area
  const lead = a ? T.lead(a.kind, periodOf(a) || T.activeSinceUnknown) : undefined
  return (
    <div className={styles.page}>
      <Button appearance="subtle" icon={<ArrowLeft24Regular />} onClick={() => navigate('lagesbild')}>{T.back}</Button>
      <div className={styles.stretch}>
        <ViewPage title={a ? a.name : timeline.error ? T.failedTitle : T.loadingTitle} description={lead}>
          <QueryStatus query={timeline} what={T.loading}>{(loaded) => <AreaTabs timeline={loaded} />}</QueryStatus>
        </ViewPage>
      </div>
    </div>
  )
}

function AreaTabs({ timeline }: { timeline: AreaTimeline }) {
  const styles = useStyles()
  const [tab, setTab] = useState<TabId>('timeline')
  return (
    <div className={styles.body}>
      <TabList selectedValue={tab} aria-label={T.tabsLabel} onTabSelect={(_e, d) => setTab(d.value as TabId)}>
        {(Object.keys(T.tabs) as TabId[]).map((t) => <Tab key={t} value={t} id={`area-tab-${t}`}>{T.tabs[t]}</Tab>)}
      </TabList>
      <div role="tabpanel" aria-labelledby={`area-tab-${tab}`} className={styles.body}>
        {tab === 'timeline' ? <TimelineSection timeline={timeline} /> : null}
        {tab === 'actions' ? <ActionsSection timeline={timeline} /> : null}
        {tab === 'details' ? <AreaEditor key={timeline.area.id} area={timeline.area} /> : null}
      </div>
    </div>
  )
}
