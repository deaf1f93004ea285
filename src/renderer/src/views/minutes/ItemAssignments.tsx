import { Button, makeStyles, Select, Text, tokens } from '@fluentui/react-components'
import { Delete20Regular } from '@fluentui/react-icons'
import type { AssignmentRow } from '../../../../shared/contract/assignments'
import { ASSIGNMENT_STATUSES, type Assignment } from '../../../../shared/domain/meetings'
import { ASSIGNMENT_STATUS_LABELS } from '../../../../shared/meetings/labels'
import { useRemoveAssignment, useUpdateAssignment } from '../../hooks/minutes/useAssignmentMutations'
import { AssignmentTools } from './areas/AssignmentTools'
import { ASSIGNMENT_TEXTS as T } from './texts'

const useStyles = makeStyles({
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: { margin: 0 },
  list: { margin: 0, paddingLeft: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  text: { flexGrow: 1, minWidth: '12rem' },
  overdue: { color: tokens.colorPaletteRedForeground1 }
})

interface Props {
  rows: readonly AssignmentRow[]
  readOnly: boolean
}

/** Uppdrag given under one item: text, owner, due date and status (changed here), or removed. */
export function ItemAssignments({ rows, readOnly }: Props) {
  const styles = useStyles()
  const update = useUpdateAssignment()
  const remove = useRemoveAssignment()
  const setStatus = (a: Assignment, status: string) => update.mutate({ id: a.id, patch: { status: status as Assignment['status'] } })
  return (
    <div className={styles.block} data-testid="assignments">
      {rows.length > 0 ? <Text as="h4" weight="semibold" className={styles.heading}>{T.heading}</Text> : null}
      {rows.length > 0 ? (
        <ul className={styles.list}>
          {rows.map(({ assignment: a, owner, overdue }) => (
            <li key={a.id} className={styles.row} data-testid="assignment">
              <span className={styles.text}>
                {a.text} – {owner || T.noOwner}
                {a.dueDate ? <span className={overdue ? styles.overdue : undefined}>, {T.dueOn(a.dueDate)}</span> : null}
              </span>
              <Select aria-label={T.statusOf(a.text)} value={a.status} disabled={readOnly} onChange={(_e, d) => setStatus(a, d.value)}>
                {ASSIGNMENT_STATUSES.map((s) => <option key={s} value={s}>{ASSIGNMENT_STATUS_LABELS[s]}</option>)}
              </Select>
              {readOnly ? null : <Button appearance="subtle" aria-label={T.remove(a.text)} icon={<Delete20Regular />} onClick={() => remove.mutate(a.id)} />}
              <AssignmentTools assignment={a} />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
