import { Checkbox, makeStyles, Text, tokens } from '@fluentui/react-components'
import type { FollowUp } from '../../../../../shared/contract/meetings'
import { AGENDA_TEXTS as T } from './texts'

const useStyles = makeStyles({
  root: { gridColumn: '3 / -1', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  list: { margin: 0, padding: 0, listStyleType: 'none' },
  details: { display: 'block', margin: 0, color: tokens.colorNeutralForeground2, marginLeft: tokens.spacingHorizontalXXXL }
})

interface Props {
  followUps: FollowUp[]
  hidden: string[]
  readOnly: boolean
  onHidden(ids: string[]): void
}

/** Open assignments from earlier meetings, printed under the follow-up item; she can leave one out of this kallelse. */
export function FollowUps({ followUps, hidden, readOnly, onHidden }: Props) {
  const styles = useStyles()
  if (followUps.length === 0) return null
  const toggle = (id: string, shown: boolean) => onHidden(shown ? hidden.filter((h) => h !== id) : [...hidden, id])
  return (
    <div className={styles.root} data-testid="follow-ups">
      <Text size={200} weight="semibold" id="follow-ups-label">{T.followUps}</Text>
      <ul className={styles.list} aria-labelledby="follow-ups-label">
        {followUps.map((f) => (
          <li key={f.id}>
            <Checkbox checked={!hidden.includes(f.id)} disabled={readOnly} label={f.text} onChange={(_e, d) => toggle(f.id, d.checked === true)} />
            <Text as="p" size={200} className={styles.details}>{T.followUpDetails(f.owner, f.dueDate, f.originDate)}</Text>
          </li>
        ))}
      </ul>
    </div>
  )
}
