import { Badge, Button, Link, makeStyles, Text, tokens } from '@fluentui/react-components'
import { Flag20Regular } from '@fluentui/react-icons'
import type { DecidedAction } from '../../../../../shared/domain/areas'
import { errorMessage } from '../../../api/client'
import { useNavigation } from '../../../navigation/NavigationContext'
import { toHash } from '../../../navigation/routes'
import { ACTION_STATUS_LABELS } from '../../../../../shared/areas/labels'
import { INSATS_TEXTS as T } from './texts'

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  error: { color: tokens.colorPaletteRedForeground1 }
})

interface Props {
  /** The insats made from this decision or uppdrag, if there is one. */
  action: DecidedAction | undefined
  /** The decision's or uppdrag's text, to name the button. */
  what: string
  readOnly: boolean
  pending: boolean
  error: unknown
  onMark(): void
}

/** "Markera som insats", or, once it is one, that it is (with its status) and a link to it in Lägesbild. */
export function InsatsControl({ action, what, readOnly, pending, error, onMark }: Props) {
  const styles = useStyles()
  const { navigate } = useNavigation()
  if (action) {
    const areaId = action.areaIds[0]
    const route = { view: 'lagesbild' as const, params: areaId ? [areaId] : [] }
    return (
      <span className={styles.row} data-testid="insats">
        <Badge appearance="tint" color="brand" icon={<Flag20Regular />}>{`${T.isInsats} · ${ACTION_STATUS_LABELS[action.status]}`}</Badge>
        <Link href={toHash(route)} onClick={(e) => (e.preventDefault(), navigate('lagesbild', ...route.params))}>{T.open}</Link>
      </span>
    )
  }
  if (readOnly) return null
  return (
    <span className={styles.row}>
      <Button size="small" appearance="subtle" icon={<Flag20Regular />} aria-label={T.markOf(what)} disabledFocusable={pending} onClick={onMark}>{pending ? T.marking : T.mark}</Button>
      {error ? <Text size={200} className={styles.error} role="alert">{`${T.failed}: ${errorMessage(error)}`}</Text> : null}
    </span>
  )
}
