import { Button, makeStyles, Text, tokens } from '@fluentui/react-components'
import { ArrowDownload24Regular } from '@fluentui/react-icons'
import { QueryStatus } from '../../components/QueryStatus'
import { SaveOutcome } from '../../components/SaveOutcome'
import { useExportReach } from '../../hooks/seminars/useSeminarFiles'
import { useReach } from '../../hooks/seminars/useSeminars'
import { ReachChart } from './ReachChart'
import { REACH_TEXTS as T } from './reach-texts'
import { ReachTable } from './ReachTable'

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalL, alignItems: 'flex-start' },
  heading: { margin: 0 },
  body: { display: 'flex', gap: tokens.spacingHorizontalXXL, flexWrap: 'wrap', alignItems: 'flex-start', alignSelf: 'stretch' }
})

/** Seminariernas räckvidd on Översikt: a chart per year and, beside it, every figure as a table; exported to Excel. */
export function ReachCard() {
  const styles = useStyles()
  const reach = useReach()
  const exported = useExportReach()
  return (
    <section className={styles.card} aria-labelledby="reach-heading" data-testid="reach-card">
      <Text as="h2" id="reach-heading" size={500} weight="semibold" className={styles.heading}>{T.heading}</Text>
      <Text as="p" className={styles.heading}>{T.lead}</Text>
      <QueryStatus query={reach} what={T.loading}>
        {(r) => (r.total.seminarsHeld === 0 ? <Text as="p">{T.none}</Text> : (
          <div className={styles.body}>
            <ReachChart years={r.years} />
            <ReachTable reach={r} />
          </div>
        ))}
      </QueryStatus>
      <Button icon={<ArrowDownload24Regular />} disabledFocusable={exported.isPending} onClick={() => exported.mutate()}>{T.export}</Button>
      <div role="status"><SaveOutcome result={exported.data} error={exported.error} texts={{ saved: T.exported, failed: T.exportFailed }} /></div>
    </section>
  )
}
