import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components'
import { useState, type ReactNode } from 'react'
import type { Meeting } from '../../../../shared/domain/meetings'
import { minutesBegun } from '../../../../shared/meetings/minutes-skeleton'
import { MinutesEditor } from './MinutesEditor'
import { EDITOR_TEXTS as T } from './texts'

const useStyles = makeStyles({ tabs: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, alignSelf: 'stretch' } })

export type Shown = 'minutes' | 'meeting'

/**
 * A meeting whose minutes have begun has two faces: the minutes editor (where a planned
 * meeting opens, since she is taking them) and the meeting itself (agenda and kallelse,
 * or the record of a held meeting with its Word file, where a held one opens); `open`
 * overrides where it opens (a link to the kallelse, or to the minutes), and a link to one
 * of its items opens the minutes.
 */
export function MeetingTabs({ meeting, open, itemId, children }: { meeting: Meeting; open?: Shown; itemId?: string; children: ReactNode }) {
  const styles = useStyles()
  const begun = minutesBegun(meeting)
  const [shown, setShown] = useState<Shown>(open ?? (meeting.status === 'planned' || itemId ? 'minutes' : 'meeting'))
  // "Skriv minnesanteckningar" was just chosen (on a held meeting too): open the editor.
  const [wasBegun, setWasBegun] = useState(begun)
  if (begun !== wasBegun) {
    setWasBegun(begun)
    if (begun) setShown('minutes')
  }
  if (meeting.status === 'cancelled' || !begun) return <>{children}</>
  return (
    <div className={styles.tabs}>
      <TabList aria-label={T.tabsLabel} selectedValue={shown} onTabSelect={(_e, d) => setShown(d.value as Shown)}>
        <Tab value="minutes" data-testid="tab-minutes">{T.tabs.minutes}</Tab>
        <Tab value="meeting" data-testid="tab-meeting">{T.tabs.meeting}</Tab>
      </TabList>
      {shown === 'minutes' ? <MinutesEditor meeting={meeting} itemId={itemId} /> : children}
    </div>
  )
}
