import { Badge, Button, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components'
import { ArrowDown20Regular, ArrowSync20Regular, ArrowUp20Regular, Delete20Regular } from '@fluentui/react-icons'
import type { Invitee } from '../../../../../shared/domain/meetings'
import { roleAndOrganisation } from '../../../../../shared/meetings/invitees'
import { INVITEE_TEXTS as T } from './texts'

const useStyles = makeStyles({
  actions: { display: 'flex', gap: '4px', justifyContent: 'flex-end' },
  actionsHead: { width: '230px' }
})

interface Props {
  invitees: Invitee[]
  /** Contact ids whose register data changed since they were summoned. */
  changed: string[]
  readOnly: boolean
  onRefresh(contactId: string): void
  onRemove(index: number): void
  onMove(index: number, direction: -1 | 1): void
}

/** The invitees as the kallelse lists them: Namn | Roll, organisation, with the address the mail goes to. */
export function InviteeTable({ invitees, changed, readOnly, onRefresh, onRemove, onMove }: Props) {
  const styles = useStyles()
  return (
    <Table size="small" aria-labelledby="invitees-heading" data-testid="invitees">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{T.columns.name}</TableHeaderCell>
          <TableHeaderCell>{T.columns.role}</TableHeaderCell>
          <TableHeaderCell>{T.columns.email}</TableHeaderCell>
          <TableHeaderCell className={styles.actionsHead}>{readOnly ? '' : T.columns.actions}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {invitees.map((invitee, index) => {
          const stale = invitee.contactId !== null && changed.includes(invitee.contactId)
          return (
            <TableRow key={`${invitee.contactId ?? invitee.name}-${index}`}>
              <TableCell>{invitee.name} {stale ? <Badge appearance="tint" color="warning">{T.changed}</Badge> : null}</TableCell>
              <TableCell>{roleAndOrganisation(invitee)}</TableCell>
              <TableCell>{invitee.email || <Badge appearance="outline" color="danger">{T.noEmail}</Badge>}</TableCell>
              <TableCell>
                {readOnly ? null : (
                  <span className={styles.actions}>
                    {stale && invitee.contactId ? <Button size="small" icon={<ArrowSync20Regular />} aria-label={T.update(invitee.name)} onClick={() => onRefresh(invitee.contactId as string)}>{T.updateShort}</Button> : null}
                    <Button size="small" appearance="subtle" icon={<ArrowUp20Regular />} aria-label={T.moveUp(invitee.name)} disabledFocusable={index === 0} onClick={() => onMove(index, -1)} />
                    <Button size="small" appearance="subtle" icon={<ArrowDown20Regular />} aria-label={T.moveDown(invitee.name)} disabledFocusable={index === invitees.length - 1} onClick={() => onMove(index, 1)} />
                    <Button size="small" appearance="subtle" icon={<Delete20Regular />} aria-label={T.remove(invitee.name)} onClick={() => onRemove(index)} />
                  </span>
                )}
              </TableCell>
            </TableRow>
          )
        })}
      </TableBody>
    </Table>
  )
}
