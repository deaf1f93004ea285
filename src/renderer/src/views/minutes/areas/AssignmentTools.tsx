import type { Assignment } from '../../../../../shared/domain/meetings'
import { useReadOnly } from '../../../drafts/ReadOnlyContext'
import { useActionFromAssignment } from '../../../hooks/areas/useActionMutations'
import { useActions, usePriorityAreas } from '../../../hooks/areas/useAreas'
import { useSetAssignmentAreas } from '../../../hooks/areas/useTagMutations'
import { LinkTools } from './LinkTools'

/** An uppdrag's areas and "Markera som insats" (its text, areas, owner and status carried over). */
export function AssignmentTools({ assignment }: { assignment: Assignment }) {
  const readOnly = useReadOnly()
  const areas = usePriorityAreas().data ?? []
  const insats = useActions().data?.find((r) => r.action.source.kind === 'assignment' && r.action.source.assignmentId === assignment.id)
  const tag = useSetAssignmentAreas()
  const mark = useActionFromAssignment()
  return (
    <LinkTools
      what={assignment.text}
      areas={areas}
      areaIds={assignment.areaIds}
      insats={insats}
      readOnly={readOnly}
      mark={{ pending: mark.isPending, error: mark.error ?? tag.error, run: () => mark.mutate({ assignmentId: assignment.id }) }}
      onAreas={(areaIds) => tag.mutate({ id: assignment.id, areaIds })}
    />
  )
}
