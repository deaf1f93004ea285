import { Text } from '@fluentui/react-components'
import type { KallelseLogEntry } from '../../../../../shared/domain/meetings'
import { stockholmWallClock } from '../../../../../shared/format/dates'
import { KALLELSE_TEXTS as T } from './texts'

const when = (at: string) => {
  const { date, time } = stockholmWallClock(new Date(at))
  return `${date} kl. ${time.slice(0, 5).replace(':', '.')}`
}

/** When each kallelse, change and cancellation was made, oldest first. */
export function KallelseLog({ log }: { log: KallelseLogEntry[] }) {
  if (log.length === 0) return <Text as="p">{T.logNone}</Text>
  return (
    <div>
      <Text id="kallelse-log-label" weight="semibold">{T.log}</Text>
      <ul aria-labelledby="kallelse-log-label" data-testid="kallelse-log">
        {log.map((entry) => (
          <li key={entry.at + entry.kind}>
            {T.logKinds[entry.kind]} {when(entry.at)}
          </li>
        ))}
      </ul>
    </div>
  )
}
