import type { Decision } from '../../../../../shared/domain/areas'
import { hasVisibleText } from '../../../../../shared/domain/text'
import { useReadOnly } from '../../../drafts/ReadOnlyContext'
import { useActionFromDecision } from '../../../hooks/areas/useActionMutations'
import { useActions, usePriorityAreas } from '../../../hooks/areas/useAreas'
import { useSetDecisionAreas } from '../../../hooks/areas/useTagMutations'
import { LinkTools } from './LinkTools'

interface Props {
  meetingId: string
  itemId: string
  decision: Decision
  /** Saves what waits in the item first, so main knows the decision she links. */
  flush(): Promise<unknown>
}

/** A decision's areas and "Markera som insats". Allowed on a justerat protokoll too: it analyses what was decided, it does not change it. */
export function DecisionTools({ meetingId, itemId, decision, flush }: Props) {
  const readOnly = useReadOnly()
  const areas = usePriorityAreas().data ?? []
  const insats = useActions().data?.find((r) => r.action.source.kind === 'decision' && r.action.source.decisionId === decision.id)
  const tag = useSetDecisionAreas(meetingId)
  const mark = useActionFromDecision()
  if (!hasVisibleText(decision.text)) return null
  const ids = { meetingId, itemId, decisionId: decision.id }
  return (
    <LinkTools
      what={decision.text}
      areas={areas}
      areaIds={decision.areaIds}
      insats={insats}
      readOnly={readOnly}
      mark={{ pending: mark.isPending, error: mark.error ?? tag.error, run: () => void flush().then(() => mark.mutate(ids)) }}
      onAreas={(areaIds) => void flush().then(() => tag.mutate({ itemId, decisionId: decision.id, areaIds }))}
    />
  )
}
