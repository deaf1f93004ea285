import { TaskListLtr24Regular } from '@fluentui/react-icons'
import { useState } from 'react'
import { ExportedListPage } from '../../components/ExportedListPage'
import { useAssignments, type AssignmentFilter } from '../../hooks/assignments/useAssignments'
import { useExportAssignments } from '../../hooks/assignments/useAssignmentsMutations'
import type { ViewProps } from '../../navigation/views'
import { AssignmentList } from './AssignmentList'
import { useFocusAssignment } from './useFocusAssignment'
import { ASSIGNMENT_TEXTS as T } from './texts'

/** Uppdrag: every assignment from every meeting; filter, sort by due date, change status, export what is shown. #/assignments/<id> puts focus on that one. */
export function AssignmentsView({ params }: ViewProps) {
  const [filter, setFilter] = useState<NonNullable<AssignmentFilter>>({})
  const all = useAssignments({})
  const exported = useExportAssignments()
  useFocusAssignment(params[0], all.isSuccess)
  return (
    <ExportedListPage
      title={T.title}
      lead={T.lead}
      all={all}
      what={T.loading}
      empty={{ icon: TaskListLtr24Regular, title: T.emptyTitle, body: T.emptyBody }}
      exporting={{ label: T.export, texts: T.exported, run: () => exported.mutate(filter), pending: exported.isPending, result: exported.data, error: exported.error }}
    >
      {(everyRow) => <AssignmentList everyRow={everyRow} filter={filter} onFilter={setFilter} />}
    </ExportedListPage>
  )
}
