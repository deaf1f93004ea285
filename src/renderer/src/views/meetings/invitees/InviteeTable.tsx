import { Badge, Button, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components'
import { ArrowDown20Regular, ArrowSync20Regular, ArrowUp20Regular, Delete20Regular, PersonAdd20Regular } from '@fluentui/react-icons'
import type { Invitee } from '../../../../../shared/domain/meetings'
import { roleAndOrganisation } from '../../../../../shared/meetings/invitees'
import { INVITEE_TEXTS as T } from './texts'

const useStyles = makeStyles({
  actions: { display: 'flex', gap: '4px', justifyContent: 'flex-end' },
  actionsHead: { width: '300px' }
})

interface Props {
  invitees: Invitee[]
  /** Contact ids whose register data changed since they were summoned. */
  changed: string[]
  /** Per row: a typed-in invitee the register already has (offer to link, not to add). */
  inRegister: boolean[]
  readOnly: boolean
  onToContacts(index: number): void
  onRefresh(contactId: string): void
  onRemove(index: number): void
  onMove(index: number, direction: -1 | 1): void
}

/** The invitees as the kallelse lists them: Namn | Roll, organisation, with the address the mail goes to. */
export function InviteeTable({ invitees, changed, inRegister, readOnly, onToContacts, onRefresh, onRemove, onMove }: Props) {
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
              <TableCell>
                {invitee.name} {stale ? <Badge appearance="tint" color="warning">{T.changed}</Badge> : null}
                {invitee.contactId === null ? <Badge appearance="outline" color="informative">{T.notInRegister}</Badge> : null}
              </TableCell>
              <TableCell>{roleAndOrganisation(invitee)}</TableCell>
              <TableCell>{invitee.email || <Badge appearance="outline" color="danger">{T.noEmail}</Badge>}</TableCell>
              <TableCell>
                {readOnly ? null : <RowActions invitee={invitee} index={index} last={index === invitees.length - 1} stale={stale} inRegister={inRegister[index]} on={{ onToContacts, onRefresh, onRemove, onMove }} />}
              </TableCell>
            </TableRow>
          )
        })}
      </TableBody>
    </Table>
  )
}

interface RowProps {
  invitee: Invitee
  index: number
  last: boolean
  stale: boolean
  inRegister: boolean
  on: Pick<Props, 'onToContacts' | 'onRefresh' | 'onRemove' | 'onMove'>
}

/** Lägg till i kontakter (or Koppla) for someone typed in, Uppdatera for a changed contact, move and remove. */
function RowActions({ invitee, index, last, stale, inRegister, on }: RowProps) {
  const styles = useStyles()
  return (
    <span className={styles.actions}>
      {invitee.contactId === null ? (
        <Button size="small" icon={<PersonAdd20Regular />} aria-label={inRegister ? T.linkLabel(invitee.name) : T.toContactsLabel(invitee.name)} onClick={() => on.onToContacts(index)}>
          {inRegister ? T.link : T.toContacts}
        </Button>
      ) : null}
      {stale && invitee.contactId ? <Button size="small" icon={<ArrowSync20Regular />} aria-label={T.update(invitee.name)} onClick={() => on.onRefresh(invitee.contactId as string)}>{T.updateShort}</Button> : null}
      <Button size="small" appearance="subtle" icon={<ArrowUp20Regular />} aria-label={T.moveUp(invitee.name)} disabledFocusable={index === 0} onClick={() => on.onMove(index, -1)} />
      <Button size="small" appearance="subtle" icon={<ArrowDown20Regular />} aria-label={T.moveDown(invitee.name)} disabledFocusable={last} onClick={() => on.onMove(index, 1)} />
      <Button size="small" appearance="subtle" icon={<Delete20Regular />} aria-label={T.remove(invitee.name)} onClick={() => on.onRemove(index)} />
    </span>
  )
}
