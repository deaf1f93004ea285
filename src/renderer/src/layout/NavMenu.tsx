import { NavDrawer, NavDrawerBody, NavItem, makeStyles, tokens } from '@fluentui/react-components'
import { useNavigation } from '../navigation/NavigationContext'
import { VIEWS } from '../navigation/views'

const useStyles = makeStyles({
  drawer: { height: '100%' },
  // The active item must be obvious without colour alone: bold text as well as the indicator.
  item: { fontSize: tokens.fontSizeBase400 }
})

/**
 * The left navigation. Fluent's NavItem sets aria-current="page" on the selected item;
 * `tabbable` puts every item in the Tab order so the keyboard path needs no arrow keys.
 */
export function NavMenu() {
  const styles = useStyles()
  const { route, navigate } = useNavigation()
  return (
    <NavDrawer
      open
      type="inline"
      tabbable
      aria-label="Huvudmeny"
      selectedValue={route.view}
      className={styles.drawer}
      size="small"
    >
      <NavDrawerBody>
        {VIEWS.map(({ id, label, icon: Icon }) => (
          <NavItem
            key={id}
            value={id}
            icon={<Icon />}
            className={styles.item}
            onClick={(event) => {
              event.preventDefault()
              navigate(id)
            }}
          >
            {label}
          </NavItem>
        ))}
      </NavDrawerBody>
    </NavDrawer>
  )
}
