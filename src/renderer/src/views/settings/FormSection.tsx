import { makeStyles, Text, tokens } from '@fluentui/react-components'
import type { ReactNode } from 'react'

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalXL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4
  },
  grid: {
    display: 'grid',
    // Fields keep their own height when a neighbour shows a validation message.
    alignItems: 'start',
    gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))', gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}` }
})

interface Props {
  id: string
  title: string
  description: string
  children: ReactNode
}

/** One titled group of settings: a region named by its h2, fields in a responsive grid. */
export function FormSection({ id, title, description, children }: Props) {
  const styles = useStyles()
  return (
    <section className={styles.root} aria-labelledby={`${id}-heading`}>
      <Text as="h2" id={`${id}-heading`} size={500} weight="semibold">
        {title}
      </Text>
      <Text as="p">
        {description}
      </Text>
      <div className={styles.grid}>{children}</div>
    </section>
  )
}
