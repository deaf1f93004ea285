import { makeStyles, Text, tokens } from '@fluentui/react-components'
import type { MouseEvent } from 'react'
import { toHash } from '../../navigation/routes'
import { useNavigation } from '../../navigation/NavigationContext'
import { countText, type CountText } from './texts'

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: 0,
    // Cards of one row are as tall as the tallest (one has a second line).
    height: '100%',
    boxSizing: 'border-box',
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    color: tokens.colorNeutralForeground1,
    textDecorationLine: 'none',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover, boxShadow: tokens.shadow8 },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' }
  },
  label: { color: tokens.colorBrandForegroundLink },
  warning: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold }
})

/** A second line under the count, e.g. "1 försenat"; `warning` draws it in red (the words say it too). */
export interface CountDetail {
  text: string
  warning: boolean
}

/**
 * One count on Översikt as a real link to its list: Enter opens it, and the address is
 * the list's own (#/contacts/organisations). Navigation goes through useNavigation, so a
 * view's leave guard is asked as from the menu.
 */
export function CountCard({ text, count, detail }: { text: CountText; count: number; detail?: CountDetail }) {
  const styles = useStyles()
  const { navigate } = useNavigation()
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey) return
    event.preventDefault()
    navigate(text.to.view, ...text.to.params)
  }
  return (
    <a className={styles.card} href={toHash(text.to)} onClick={open} data-testid={`count-${text.key}`}>
      <Text size={200} weight="semibold" className={styles.label}>
        {text.label}
      </Text>
      <Text size={300}>{countText(count, text)}</Text>
      {detail ? (
        <Text size={200} className={detail.warning ? styles.warning : undefined} data-testid={`count-${text.key}-detail`}>
          {detail.text}
        </Text>
      ) : null}
    </a>
  )
}
