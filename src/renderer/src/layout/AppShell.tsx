import { makeStyles, tokens } from '@fluentui/react-components'
import { useLayoutEffect, useRef, type RefObject } from 'react'
import { useNavigation } from '../navigation/NavigationContext'
import { viewFor } from '../navigation/views'
import { UpdateBar } from '../updates/UpdateBar'
import { NavMenu } from './NavMenu'
import { useShellNotice } from './ShellNotice'
import { SkipLink } from './SkipLink'
import { TITLE_BAR_HEIGHT, TitleBar } from './TitleBar'

const HEADER_VAR = `var(--samverkan-header-height, ${TITLE_BAR_HEIGHT})`

const useStyles = makeStyles({
  root: { display: 'grid', gridTemplateColumns: 'auto 1fr', gridTemplateRows: 'auto 1fr', minHeight: '100vh' },
  // The document scrolls (not an inner box), so the title bar and navigation stay put
  // with sticky positioning and the browser's own scrolling and find work as usual.
  header: { gridColumn: '1 / -1', position: 'sticky', top: 0, zIndex: 2 },
  // The column carries the drawer's colour to the bottom of a long view; the drawer itself sticks.
  navColumn: {
    backgroundColor: tokens.colorNeutralBackground4,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`
  },
  // The header's height varies with a notice; useHeaderHeight keeps this var in step.
  nav: { position: 'sticky', top: HEADER_VAR, height: `calc(100vh - ${HEADER_VAR})` },
  main: {
    minWidth: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXXL}`,
    backgroundColor: tokens.colorNeutralBackground2,
    ':focus-visible': { outline: 'none' }
  }
})

/** Title bar on top; navigation left; the current view in the one <main>. */
export function AppShell() {
  const styles = useStyles()
  const { route } = useNavigation()
  const { Component, label } = viewFor(route.view)
  const notice = useShellNotice()
  const header = useRef<HTMLDivElement>(null)
  useHeaderHeight(header, notice)
  return (
    <div className={styles.root}>
      <SkipLink />
      <div className={styles.header} ref={header}>
        <TitleBar />
        {notice}
        <UpdateBar />
      </div>
      <div className={styles.navColumn}>
        <div className={styles.nav}>
          <NavMenu />
        </div>
      </div>
      <main id="main-content" tabIndex={-1} aria-label={label} className={styles.main}>
        <Component key={route.view} params={route.params} />
      </main>
    </div>
  )
}

/** Publishes the sticky header's real height, so the sticky navigation starts below it (also when a bar appears in it). */
function useHeaderHeight(header: RefObject<HTMLDivElement | null>, dependency: unknown): void {
  useLayoutEffect(() => {
    const el = header.current
    if (!el) return
    const update = () => document.documentElement.style.setProperty('--samverkan-header-height', `${el.offsetHeight}px`)
    update()
    const observer = new ResizeObserver(update)
    observer.observe(el)
    return () => observer.disconnect()
  }, [header, dependency])
}
