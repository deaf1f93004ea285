import { Badge } from '@fluentui/react-components'
import type { Meeting } from '../../../../shared/domain/meetings'
import { STATUS_LABELS } from './texts'

const COLORS = { planned: 'brand', held: 'success', cancelled: 'danger' } as const

/** Planerat / Genomfört / Inställt, as words (the colour only repeats them). */
export function StatusBadge({ status }: { status: Meeting['status'] }) {
  return (
    <Badge appearance="tint" color={COLORS[status]}>
      {STATUS_LABELS[status]}
    </Badge>
  )
}
