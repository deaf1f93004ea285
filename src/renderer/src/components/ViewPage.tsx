import { makeStyles, Text, tokens } from '@fluentui/react-components'
import type { ReactNode } from 'react'

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '960px' },
  header: { display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', gap: tokens.spacingHorizontalL },
  titles: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' }
})

interface Props {
  /** The view's one h1. */
  title: string
  /** A sentence under the title saying what the view is for. */
  description?: ReactNode
  actions?: ReactNode
  children?: ReactNode
}

/** The frame of every view: one h1, an optional lead text and actions, then the content. */
export function ViewPage({ title, description, actions, children }: Props) {
  const styles = useStyles()
  return (
    <div className={styles.root}>
      <div className={styles.header}>
        <div className={styles.titles}>
          <Text as="h1" size={700} weight="semibold">
            {title}
          </Text>
          {description && (
            <Text as="p" size={400}>
              {description}
            </Text>
          )}
        </div>
        {actions && <div className={styles.actions}>{actions}</div>}
      </div>
      {children}
    </div>
  )
}
