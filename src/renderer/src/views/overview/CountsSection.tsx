import { makeStyles, Text, tokens } from '@fluentui/react-components'
import { QueryStatus } from '../../components/QueryStatus'
import { useOverview } from '../../hooks/app/useApp'
import { AssignmentsCard } from './AssignmentsCard'
import { CountCard } from './CountCard'
import { COUNT_TEXTS, TODO_UI } from './texts'

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalL },
  heading: { margin: 0 },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))',
    gap: tokens.spacingHorizontalM,
    listStyleType: 'none',
    padding: 0,
    margin: 0
  }
})

/** What the register holds, smaller than what needs doing: each count still opens its list. */
export function CountsSection() {
  const styles = useStyles()
  const overview = useOverview()
  return (
    <section className={styles.section} aria-labelledby="counts-heading">
      <Text as="h2" id="counts-heading" size={500} weight="semibold" className={styles.heading}>{TODO_UI.countsHeading}</Text>
      <QueryStatus query={overview} what="översikten">
        {(counts) => (
          <ul className={styles.grid} aria-label="Antal i registret">
            {COUNT_TEXTS.map((t) => (
              <li key={t.key}>
                {t.key === 'openAssignments' ? <AssignmentsCard text={t} count={counts[t.key]} /> : <CountCard text={t} count={counts[t.key]} />}
              </li>
            ))}
          </ul>
        )}
      </QueryStatus>
    </section>
  )
}
