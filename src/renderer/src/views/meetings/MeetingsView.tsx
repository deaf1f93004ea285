import { useEffect, useRef } from 'react'
import type { ViewProps } from '../../navigation/views'
import { MeetingList } from './list/MeetingList'
import { MeetingPage } from './MeetingPage'
import { NewMeetingPage } from './form/NewMeetingPage'
import { NEW_MEETING, YEAR_PLAN } from './routes'
import { YearPlanPage } from './year-plan/YearPlanPage'


/**
 * Möten: the list at #/meetings, one meeting at #/meetings/<id>, a new one at
 * #/meetings/nytt (or nytt/<id> to copy one), the year plan at #/meetings/planera;
 * #/meetings/<id>/kallelse and #/meetings/<id>/minutes open the meeting at that part.
 */
export function MeetingsView({ params }: ViewProps) {
  const [first, second] = params
  useFocusMainOnChange(params.join('/'))
  if (first === NEW_MEETING) return <NewMeetingPage key={second ?? ''} fromId={second ?? null} />
  if (first === YEAR_PLAN) return <YearPlanPage />
  return first ? <MeetingPage key={first} id={first} section={second} /> : <MeetingList />
}

/**
 * Going between the list and a meeting stays inside one view, so the shell does not
 * reset anything: the link she pressed Enter on is gone. Start the new page at the top
 * with focus on <main>, so the next Tab reaches its first control and screen readers
 * read from the start.
 */
function useFocusMainOnChange(key: string): void {
  const first = useRef(true)
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    const main = document.getElementById('main-content')
    main?.focus({ preventScroll: true })
    window.scrollTo?.(0, 0)
    main?.scrollTo?.(0, 0)
  }, [key])
}
