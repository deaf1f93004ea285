import { makeStyles, Text, tokens } from '@fluentui/react-components'
import { QueryStatus } from '../../components/QueryStatus'
import { useOverviewToday } from '../../hooks/overview/useOverviewToday'
import { TODO_UI as T } from './texts'
import { TodoItemRow } from './TodoItemRow'

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    maxWidth: '80ch'
  },
  heading: { margin: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  empty: { margin: 0, color: tokens.colorNeutralForeground2 }
})

/** "Att göra": what needs her now, most urgent first, each a link to where it is done. */
export function TodoSection() {
  const styles = useStyles()
  const today = useOverviewToday()
  return (
    <section className={styles.section} aria-labelledby="todo-heading" data-testid="todo">
      <Text as="h2" id="todo-heading" size={500} weight="semibold" className={styles.heading}>{T.heading}</Text>
      <QueryStatus query={today} what={T.loading}>
        {({ items }) =>
          items.length === 0 ? (
            <Text as="p" className={styles.empty}>{T.empty}</Text>
          ) : (
            <ul className={styles.list} aria-labelledby="todo-heading">
              {items.map((item) => <TodoItemRow key={item.key} item={item} />)}
            </ul>
          )
        }
      </QueryStatus>
    </section>
  )
}
