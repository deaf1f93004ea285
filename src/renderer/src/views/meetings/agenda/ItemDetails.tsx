import { Checkbox, makeStyles, Textarea, tokens } from '@fluentui/react-components'
import type { AgendaItem } from '../../../../../shared/domain/meetings'
import { AGENDA_TEXTS as T } from './texts'

const useStyles = makeStyles({
  root: { gridColumn: '3 / -1', display: 'flex', gap: tokens.spacingHorizontalL, alignItems: 'flex-start' },
  description: { flexGrow: 1 }
})

interface Props {
  item: AgendaItem
  number: number
  readOnly: boolean
  onChange(item: AgendaItem): void
}

/** What the kallelse may say besides the title: "Handlingar senare", and a short description. */
export function ItemDetails({ item, number, readOnly, onChange }: Props) {
  const styles = useStyles()
  return (
    <div className={styles.root}>
      <Textarea className={styles.description} aria-label={T.description(number)} value={item.description ?? ''} readOnly={readOnly} resize="vertical"
        onChange={(_e, d) => onChange({ ...item, description: d.value })} />
      <Checkbox label={T.papersLater} checked={item.papersLater === true} disabled={readOnly} onChange={(_e, d) => onChange({ ...item, papersLater: d.checked === true })} />
    </div>
  )
}
