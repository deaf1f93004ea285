import { Badge } from '@fluentui/react-components'
import { MEETING_STATUS_LABELS } from '../../../../shared/meetings/labels'
import type { ShownMeetingStatus } from '../../../../shared/meetings/rules'

const COLORS = { planned: 'brand', held: 'success', cancelled: 'danger', notClosed: 'warning' } as const

/** Planerat / Genomfört / Inställt / Ej avslutat, as words (the colour only repeats them). */
export function StatusBadge({ status }: { status: ShownMeetingStatus }) {
  return (
    <Badge appearance="tint" color={COLORS[status]}>
      {MEETING_STATUS_LABELS[status]}
    </Badge>
  )
}
