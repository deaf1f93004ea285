import { Link, makeStyles, mergeClasses, tokens } from '@fluentui/react-components'
import { CalendarLtr20Regular, Clock20Regular, Info20Regular, Warning20Regular, type FluentIcon } from '@fluentui/react-icons'
import type { MouseEvent } from 'react'
import type { TodoItem, Urgency } from '../../../../shared/overview/schema'
import { useNavigation } from '../../navigation/NavigationContext'
import { toHash } from '../../navigation/routes'

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS, paddingBlock: tokens.spacingVerticalXS },
  icon: { flexShrink: 0, marginTop: '2px' },
  now: { color: tokens.colorPaletteDarkOrangeForeground1 },
  late: { color: tokens.colorPaletteRedForeground1 },
  later: { color: tokens.colorNeutralForeground2 },
  info: { color: tokens.colorBrandForeground1 },
  link: {
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    // Fluent's Link shows keyboard focus only as a double underline; an outline is seen at once.
    ':focus-visible': { outlineStyle: 'solid', outlineWidth: tokens.strokeWidthThick, outlineColor: tokens.colorStrokeFocus2, outlineOffset: '2px', borderRadius: tokens.borderRadiusSmall }
  }
})

/** The icon says it at a glance; the sentence says it in words, so colour is never all there is. */
const ICONS: Record<Urgency, FluentIcon> = { now: Clock20Regular, late: Warning20Regular, later: CalendarLtr20Regular, info: Info20Regular }

/**
 * One to-do as a real link to where it is done: Enter opens it, the address is the
 * route's own, and navigation goes through useNavigation so a leave guard is asked.
 */
export function TodoItemRow({ item }: { item: TodoItem }) {
  const styles = useStyles()
  const { navigate } = useNavigation()
  const Icon = ICONS[item.urgency]
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey) return
    event.preventDefault()
    navigate(item.route.view, ...item.route.params)
  }
  return (
    <li className={styles.row} data-testid={`todo-${item.kind}`} data-urgency={item.urgency}>
      <Icon className={mergeClasses(styles.icon, styles[item.urgency])} aria-hidden="true" />
      <Link className={styles.link} href={toHash(item.route)} onClick={open}>
        {item.text}
      </Link>
    </li>
  )
}
