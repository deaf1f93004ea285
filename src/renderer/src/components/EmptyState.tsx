import { makeStyles, Text, tokens } from '@fluentui/react-components'
import type { FluentIcon } from '@fluentui/react-icons'
import type { ReactNode } from 'react'

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalXXL,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2
  },
  icon: { width: '40px', height: '40px', color: tokens.colorBrandForeground1 },
  // The root's gap spaces the parts; the browser's own h2/p margins would double it.
  title: { margin: 0 },
  body: { margin: 0, maxWidth: '60ch', color: tokens.colorNeutralForeground2 },
  action: { marginTop: tokens.spacingVerticalS }
})

interface Props {
  icon: FluentIcon
  /** What is missing, e.g. "Inga kontakter ännu". Rendered as an h2. */
  title: string
  /** Honest text: what will be here and how to get it there. */
  children: ReactNode
  action?: ReactNode
}

/** Shown where a list would be but nothing exists yet; never filled with made-up data. */
export function EmptyState({ icon: Icon, title, children, action }: Props) {
  const styles = useStyles()
  return (
    <section className={styles.root} aria-label={title}>
      <Icon className={styles.icon} aria-hidden="true" />
      <Text as="h2" className={styles.title} size={500} weight="semibold">
        {title}
      </Text>
      <Text as="p" className={styles.body}>
        {children}
      </Text>
      {action ? <div className={styles.action}>{action}</div> : null}
    </section>
  )
}
