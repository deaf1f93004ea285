import { errorMessage } from '../../../api/client'
import { useReadOnly } from '../../../drafts/ReadOnlyContext'
import { usePriorityAreas } from '../../../hooks/areas/useAreas'
import { useSetItemAreas } from '../../../hooks/areas/useTagMutations'
import { ItemAreasPicker } from './ItemAreasPicker'
import { AREA_TAG_TEXTS as T } from './texts'

interface Props {
  meetingId: string
  itemId: string
  number: number
  areaIds: readonly string[]
}

/**
 * The item's "Prioriterade områden", saved as soon as she picks or removes one. Allowed on a
 * held meeting and a justerat protokoll too (tagging analyses what was said); only a
 * read-only data folder stops it.
 */
export function ItemAreas({ meetingId, itemId, number, areaIds }: Props) {
  const readOnly = useReadOnly()
  const areas = usePriorityAreas().data ?? []
  const set = useSetItemAreas(meetingId)
  const error = set.error ? `${T.saveFailed}: ${errorMessage(set.error)}` : undefined
  return <ItemAreasPicker number={number} areas={areas} selected={areaIds} readOnly={readOnly} error={error} onChange={(ids) => set.mutate({ itemId, areaIds: ids })} />
}
