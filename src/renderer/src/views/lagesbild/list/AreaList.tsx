import { Button, makeStyles, Text, tokens } from '@fluentui/react-components'
import { Add24Regular, Map24Regular } from '@fluentui/react-icons'
import { useState } from 'react'
import type { AreaRow } from '../../../../../shared/contract/areas'
import { EmptyState } from '../../../components/EmptyState'
import { QueryStatus } from '../../../components/QueryStatus'
import { ViewPage } from '../../../components/ViewPage'
import { useReadOnly } from '../../../drafts/ReadOnlyContext'
import { useAreas } from '../../../hooks/areas/useAreas'
import { LIST_TEXTS as T } from '../texts'
import { AreaTable } from './AreaTable'
import { NewAreaDialog } from './NewAreaDialog'

const useStyles = makeStyles({
  sections: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 }
})

/** Lägesbild: the active areas first, the closed ones apart with the day they closed. */
export function AreaList() {
  const areas = useAreas()
  const readOnly = useReadOnly()
  const [adding, setAdding] = useState(false)
  const actions = (
    <Button appearance="primary" icon={<Add24Regular />} disabledFocusable={readOnly} onClick={() => setAdding(true)}>{T.newArea}</Button>
  )
  return (
    <ViewPage title={T.title} description={T.description} actions={actions}>
      <QueryStatus query={areas} what={T.loading}>
        {(rows) => (rows.length === 0 ? (
          <EmptyState icon={Map24Regular} title={T.emptyTitle}>{T.emptyBody}</EmptyState>
        ) : <Sections rows={rows} />)}
      </QueryStatus>
      {adding ? <NewAreaDialog onClose={() => setAdding(false)} /> : null}
    </ViewPage>
  )
}

function Sections({ rows }: { rows: readonly AreaRow[] }) {
  const styles = useStyles()
  const active = rows.filter((r) => r.active)
  const closed = rows.filter((r) => !r.active)
  return (
    <div className={styles.sections}>
      <section className={styles.section} aria-labelledby="areas-active">
        <Text as="h2" id="areas-active" size={500} weight="semibold" className={styles.heading}>{T.active}</Text>
        {active.length === 0 ? <Text as="p">{T.noneActive}</Text> : <AreaTable id="active" label={T.active} rows={active} />}
      </section>
      {closed.length > 0 ? (
        <section className={styles.section} aria-labelledby="areas-closed">
          <Text as="h2" id="areas-closed" size={500} weight="semibold" className={styles.heading}>{T.closed}</Text>
          <AreaTable id="closed" label={T.closed} rows={closed} />
        </section>
      ) : null}
    </div>
  )
}
