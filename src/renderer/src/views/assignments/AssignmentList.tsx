import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, tokens } from '@fluentui/react-components'
import { useState } from 'react'
import type { AssignmentRow } from '../../../../shared/contract/assignments'
import { errorMessage } from '../../api/client'
import { QueryStatus } from '../../components/QueryStatus'
import { useAssignments, type AssignmentFilter } from '../../hooks/assignments/useAssignments'
import { useUpdateAssignment } from '../../hooks/assignments/useAssignmentsMutations'
import { useMeetings } from '../../hooks/meetings/useMeetings'
import { AssignmentFilters } from './AssignmentFilters'
import { AssignmentTable } from './AssignmentTable'
import { ASSIGNMENT_TEXTS as T } from './texts'

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM }
})

interface Props {
  everyRow: readonly AssignmentRow[]
  filter: NonNullable<AssignmentFilter>
  onFilter(filter: NonNullable<AssignmentFilter>): void
}

/** The filters, how many are shown, and the table; a status changed here is saved at once. */
export function AssignmentList({ everyRow, filter, onFilter }: Props) {
  const styles = useStyles()
  const shown = useAssignments(filter)
  const meetings = useMeetings()
  const update = useUpdateAssignment()
  const [busyId, setBusyId] = useState<string | null>(null)
  const setStatus = (row: AssignmentRow, status: AssignmentRow['assignment']['status']) => {
    setBusyId(row.assignment.id)
    update.mutate({ id: row.assignment.id, patch: { status } }, { onSettled: () => setBusyId(null) })
  }
  return (
    <div className={styles.content}>
      <AssignmentFilters all={everyRow} filter={filter} onChange={onFilter} />
      {update.error ? (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{T.changeFailed}</MessageBarTitle>
            {errorMessage(update.error)}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <QueryStatus query={shown} what={T.loading}>
        {(rows) => (
          <>
            <Text role="status" data-testid="assignments-count">
              {rows.length === 0 ? T.noneMatch : T.count(rows.length, everyRow.length)}
            </Text>
            {rows.length > 0 ? <AssignmentTable rows={rows} meetings={meetings.data ?? []} busyId={busyId} onStatus={setStatus} /> : null}
          </>
        )}
      </QueryStatus>
    </div>
  )
}
