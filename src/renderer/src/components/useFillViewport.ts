import { useLayoutEffect, type RefObject } from 'react'

/**
 * Makes a scrolling box reach down to the bottom of the window (less `bottomGap`), at least
 * `minHeight`: a list then shows as many rows as the window has room for, on a laptop
 * at 150 % as on a large screen, without guessing the height of what sits above it.
 */
export function useFillViewport(box: RefObject<HTMLElement | null>, minHeight: number, bottomGap: number): void {
  useLayoutEffect(() => {
    const el = box.current
    if (!el) return
    const fit = () => {
      const top = el.getBoundingClientRect().top + window.scrollY
      el.style.height = `${Math.max(minHeight, Math.floor(window.innerHeight - top - bottomGap))}px`
    }
    fit()
    const observer = new ResizeObserver(fit)
    observer.observe(document.body)
    window.addEventListener('resize', fit)
    return () => {
      observer.disconnect()
      window.removeEventListener('resize', fit)
    }
  }, [box, minHeight, bottomGap])
}
