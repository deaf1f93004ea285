import { useEffect } from 'react'
import type { Shown } from '../minutes/MeetingTabs'
import { MEETING_SECTIONS } from './routes'

/** Which face of the meeting a route word opens: the kallelse is on the meeting's own face. */
export function faceFor(section: string | undefined): Shown | undefined {
  if (section === MEETING_SECTIONS.kallelse) return 'meeting'
  if (section === MEETING_SECTIONS.minutes) return 'minutes'
  return undefined
}

/** What she does herself, after which the page is hers to scroll. */
const HERS = ['wheel', 'pointerdown', 'keydown', 'touchstart'] as const

/**
 * Keeps `target` centred while the page above it still grows (the invitees and the
 * sender arrive after the meeting), until she scrolls, clicks, types or focus leaves it.
 * Centred, not at the top: the document scrolls under a sticky title bar that would cover it.
 */
function keepInView(target: HTMLElement, container: HTMLElement): () => void {
  const centre = () => target.scrollIntoView({ block: 'center' })
  const observer = new ResizeObserver(centre)
  observer.observe(container)
  const stop = () => {
    observer.disconnect()
    for (const name of HERS) window.removeEventListener(name, stop, true)
    target.removeEventListener('blur', stop)
  }
  for (const name of HERS) window.addEventListener(name, stop, true)
  target.addEventListener('blur', stop)
  centre()
  return stop
}

/**
 * #/meetings/<id>/kallelse: once the meeting is shown, its Kallelse heading is in view
 * and has focus, so the next Tab reaches "Skapa e-postutkast…" and a screen reader starts there.
 */
export function useOpenKallelse(section: string | undefined, shown: boolean): void {
  useEffect(() => {
    if (!shown || section !== MEETING_SECTIONS.kallelse) return
    const heading = document.getElementById('kallelse-heading')
    const main = document.getElementById('main-content')
    if (!heading || !main) return
    heading.focus({ preventScroll: true })
    return keepInView(heading, main)
  }, [section, shown])
}
