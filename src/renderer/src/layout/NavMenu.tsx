import { Button, NavDrawer, NavDrawerBody, NavItem, makeStyles, mergeClasses, tokens } from '@fluentui/react-components'
import { PanelLeftContract20Regular, PanelLeftExpand20Regular } from '@fluentui/react-icons'
import { useNavigation } from '../navigation/NavigationContext'
import { VIEWS } from '../navigation/views'
import { useNavCollapsed } from './useNavCollapsed'

/** Narrow by default (a laptop at 150 % is about 1280 CSS px wide); icons only when folded. */
export const NAV_WIDTH = { expanded: '200px', collapsed: '56px' } as const

const useStyles = makeStyles({
  drawer: { height: '100%' },
  // The active item must be obvious without colour alone: bold text as well as the indicator.
  item: { fontSize: tokens.fontSizeBase400 },
  toggle: { margin: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`, alignSelf: 'flex-start' },
  // Folded: the label stays the item's accessible name, only out of sight.
  hiddenLabel: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap'
  }
})

/**
 * The left navigation. Fluent's NavItem sets aria-current="page" on the selected item;
 * `tabbable` puts every item in the Tab order so the keyboard path needs no arrow keys.
 * A button above it folds it to icons (remembered), leaving the lists more room.
 */
export function NavMenu() {
  const styles = useStyles()
  const { route } = useNavigation()
  const [collapsed, toggle] = useNavCollapsed()
  return (
    <NavDrawer
      open
      type="inline"
      tabbable
      aria-label="Huvudmeny"
      selectedValue={route.view}
      className={styles.drawer}
      // Fluent's NavDrawer fixes its width at 260px; ours is narrower, and narrower still folded.
      style={{ width: collapsed ? NAV_WIDTH.collapsed : NAV_WIDTH.expanded, minWidth: 0 }}
      data-collapsed={collapsed}
    >
      <FoldButton collapsed={collapsed} onClick={toggle} />
      <NavDrawerBody>
        <NavItems collapsed={collapsed} />
      </NavDrawerBody>
    </NavDrawer>
  )
}

/** Folds the menu to icons, or opens it again. */
function FoldButton({ collapsed, onClick }: { collapsed: boolean; onClick(): void }) {
  const styles = useStyles()
  const label = collapsed ? 'Visa menyn' : 'Dölj menyn'
  return (
    <Button
      appearance="subtle"
      className={styles.toggle}
      icon={collapsed ? <PanelLeftExpand20Regular /> : <PanelLeftContract20Regular />}
      aria-label={label}
      title={label}
      aria-expanded={!collapsed}
      onClick={onClick}
    />
  )
}

/** One item per view; folded, the label is still each item's name, only out of sight. */
function NavItems({ collapsed }: { collapsed: boolean }) {
  const styles = useStyles()
  const { navigate } = useNavigation()
  return VIEWS.map(({ id, label, icon: Icon }) => (
    <NavItem
      key={id}
      value={id}
      icon={<Icon />}
      className={styles.item}
      title={collapsed ? label : undefined}
      onClick={(event) => {
        event.preventDefault()
        navigate(id)
      }}
    >
      <span className={mergeClasses(collapsed && styles.hiddenLabel)}>{label}</span>
    </NavItem>
  ))
}
