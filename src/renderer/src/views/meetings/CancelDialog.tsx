import { ReasonDialog } from '../../components/ReasonDialog'
import { useCancelMeeting } from '../../hooks/meetings/useMeetingMutations'
import { ACTION_TEXTS as T } from './actions-texts'

const TEXTS = { title: T.cancelTitle, lead: T.cancelLead, reason: T.reason, reasonPlaceholder: T.reasonPlaceholder, reasonRequired: T.reasonRequired, confirm: T.confirmCancel, keep: T.keep }

/** "Ställ in mötet": with a reason; it stays in the list as cancelled. */
export function CancelDialog({ meetingId, onClose }: { meetingId: string; onClose(): void }) {
  const cancel = useCancelMeeting(meetingId)
  return <ReasonDialog texts={TEXTS} scope="cancelMeeting" mutation={cancel} onClose={onClose} />
}
