import { Button, makeStyles, Text, tokens } from '@fluentui/react-components'
import { Add24Regular, PeopleAudience24Regular } from '@fluentui/react-icons'
import type { SeminarSummary } from '../../../../../shared/seminars/results'
import { EmptyState } from '../../../components/EmptyState'
import { QueryStatus } from '../../../components/QueryStatus'
import { ViewPage } from '../../../components/ViewPage'
import { useSeminars } from '../../../hooks/seminars/useSeminars'
import { useNavigation } from '../../../navigation/NavigationContext'
import { NEW_SEMINAR } from '../routes'
import { LIST_TEXTS as T } from '../texts'
import { SeminarTable } from './SeminarTable'

const useStyles = makeStyles({
  sections: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 }
})

/** Seminarier: upcoming ones soonest first, then earlier ones newest first (main's order). */
export function SeminarList() {
  const seminars = useSeminars()
  const { navigate } = useNavigation()
  const actions = (
    <Button appearance="primary" icon={<Add24Regular />} onClick={() => navigate('seminars', NEW_SEMINAR)}>{T.newSeminar}</Button>
  )
  return (
    <ViewPage title={T.title} description={T.description} actions={actions}>
      <QueryStatus query={seminars} what={T.loading}>
        {(rows) => (rows.length === 0 ? (
          <EmptyState icon={PeopleAudience24Regular} title={T.emptyTitle}>{T.emptyBody}</EmptyState>
        ) : <Sections rows={rows} />)}
      </QueryStatus>
    </ViewPage>
  )
}

function Sections({ rows }: { rows: SeminarSummary[] }) {
  const styles = useStyles()
  const parts = [
    { id: 'upcoming', title: T.upcoming, rows: rows.filter((r) => r.upcoming) },
    { id: 'past', title: T.past, rows: rows.filter((r) => !r.upcoming) }
  ]
  return (
    <div className={styles.sections}>
      {parts.map((p) => (
        <section key={p.id} className={styles.section} aria-labelledby={`seminars-${p.id}`}>
          <Text as="h2" id={`seminars-${p.id}`} size={500} weight="semibold" className={styles.heading}>{p.title}</Text>
          {p.rows.length === 0 ? <Text as="p" className={styles.heading}>{T.none}</Text> : <SeminarTable id={p.id} label={p.title} rows={p.rows} />}
        </section>
      ))}
    </div>
  )
}
