import { makeStyles, Text } from '@fluentui/react-components'
import { QueryStatus } from '../../../components/QueryStatus'
import { useKitchen } from '../../../hooks/seminars/useSeminars'
import { EXPORT_TEXTS as T } from './texts'

const useStyles = makeStyles({ heading: { margin: 0 } })

/** Köket on screen: seats per diet and in total, no names. */
export function KitchenSummary({ seminarId }: { seminarId: string }) {
  const styles = useStyles()
  const kitchen = useKitchen(seminarId)
  return (
    <section aria-labelledby="kitchen-heading">
      <Text as="h3" id="kitchen-heading" size={400} weight="semibold" className={styles.heading}>{T.kitchenHeading}</Text>
      <QueryStatus query={kitchen} what={T.kitchenLoading}>
        {(k) => (
          <ul data-testid="kitchen">
            <li>{T.kitchenTotal(k.totalSeats)}</li>
            <li>{T.kitchenPlain(k.plainSeats)}</li>
            {k.diets.map((d) => <li key={d.diet}>{`${d.diet}: ${d.seats}`}</li>)}
            {k.erasedAt ? <li>{T.kitchenErased}</li> : null}
          </ul>
        )}
      </QueryStatus>
    </section>
  )
}
