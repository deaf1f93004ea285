import { makeStyles, Text, tokens } from '@fluentui/react-components'
import type { Minutes } from '../../../../../shared/domain/meetings'
import { historyLines } from '../../../../../shared/meetings/protocol'
import { formatEventTime, PROTOCOL_TEXTS as T } from './texts'

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  heading: { margin: 0 }
})

/** The change history: sent for justering, justerat, unlocked and why; oldest first. */
export function ProtocolHistory({ minutes }: { minutes: Minutes }) {
  const styles = useStyles()
  const lines = historyLines(minutes, formatEventTime)
  return (
    <section aria-labelledby="protocol-history-heading">
      <Text as="h3" id="protocol-history-heading" weight="semibold" className={styles.heading}>
        {T.history}
      </Text>
      {lines.length === 0 ? (
        <Text as="p">{T.noHistory}</Text>
      ) : (
        <ul className={styles.list} data-testid="protocol-history">
          {lines.map((line, i) => (
            <li key={`${i}-${line}`}>{line}</li>
          ))}
        </ul>
      )}
    </section>
  )
}
