import { useEffect, useRef } from 'react'
import type { ViewProps } from '../../navigation/views'
import { MeetingList } from './MeetingList'
import { MeetingPage } from './MeetingPage'

/** Möten: the list at #/meetings, one meeting at #/meetings/<id>. */
export function MeetingsView({ params }: ViewProps) {
  const [meetingId] = params
  useFocusMainOnChange(meetingId ?? '')
  return meetingId ? <MeetingPage key={meetingId} id={meetingId} /> : <MeetingList />
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
