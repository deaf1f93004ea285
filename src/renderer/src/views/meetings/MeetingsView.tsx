import { useFocusMainOnChange } from '../../navigation/useFocusMainOnChange'
import type { ViewProps } from '../../navigation/views'
import { MeetingList } from './list/MeetingList'
import { MeetingPage } from './MeetingPage'
import { NewMeetingPage } from './form/NewMeetingPage'
import { AT_ITEM, NEW_MEETING, YEAR_PLAN } from './routes'
import { YearPlanPage } from './year-plan/YearPlanPage'

/**
 * Möten: the list at #/meetings, one meeting at #/meetings/<id>, a new one at
 * #/meetings/nytt (or nytt/<id> to copy one), the year plan at #/meetings/planera;
 * #/meetings/<id>/kallelse and #/meetings/<id>/minutes open the meeting at that part, and
 * #/meetings/<id>/punkt/<itemId> its minutes at one item.
 */
export function MeetingsView({ params }: ViewProps) {
  const [first, second, third] = params
  useFocusMainOnChange(params.join('/'))
  if (first === NEW_MEETING) return <NewMeetingPage key={second ?? ''} fromId={second ?? null} />
  if (first === YEAR_PLAN) return <YearPlanPage />
  return first ? <MeetingPage key={first} id={first} section={second} itemId={second === AT_ITEM ? third : undefined} /> : <MeetingList />
}
