import { Button } from '@fluentui/react-components'
import { ArrowDownload24Regular, TaskListLtr24Regular } from '@fluentui/react-icons'
import { useState } from 'react'
import { EmptyState } from '../../components/EmptyState'
import { QueryStatus } from '../../components/QueryStatus'
import { SaveOutcome } from '../../components/SaveOutcome'
import { ViewPage } from '../../components/ViewPage'
import { useAssignments, type AssignmentFilter } from '../../hooks/assignments/useAssignments'
import { useExportAssignments } from '../../hooks/assignments/useAssignmentsMutations'
import type { ViewProps } from '../../navigation/views'
import { AssignmentList } from './AssignmentList'
import { ASSIGNMENT_TEXTS as T } from './texts'

/** Uppdrag: every assignment from every meeting; filter, sort by due date, change status, export what is shown. */
export function AssignmentsView(_props: ViewProps) {
  const [filter, setFilter] = useState<NonNullable<AssignmentFilter>>({})
  const all = useAssignments({})
  const exported = useExportAssignments()
  const exportButton = (
    <Button icon={<ArrowDownload24Regular />} onClick={() => exported.mutate(filter)} disabledFocusable={exported.isPending}>
      {T.export}
    </Button>
  )
  return (
    <ViewPage title={T.title} description={T.lead} actions={exportButton}>
      <div role="status">
        <SaveOutcome result={exported.data} error={exported.error} texts={T.exported} />
      </div>
      <QueryStatus query={all} what={T.loading}>
        {(everyRow) =>
          everyRow.length === 0 ? (
            <EmptyState icon={TaskListLtr24Regular} title={T.emptyTitle}>
              {T.emptyBody}
            </EmptyState>
          ) : (
            <AssignmentList everyRow={everyRow} filter={filter} onFilter={setFilter} />
          )
        }
      </QueryStatus>
    </ViewPage>
  )
}
