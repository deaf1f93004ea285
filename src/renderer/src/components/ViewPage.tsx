import { makeStyles, Text, tokens } from '@fluentui/react-components'
import type { ReactNode } from 'react'

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '1200px' },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalL },
  // One line where the window allows: the title, its lead text beside it, the actions right.
  titles: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: tokens.spacingHorizontalL, rowGap: 0 },
  description: { color: tokens.colorNeutralForeground2, margin: 0 },
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
          <Text as="h1" size={600} weight="semibold">
            {title}
          </Text>
          {description && (
            <Text as="p" size={300} className={styles.description}>
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
