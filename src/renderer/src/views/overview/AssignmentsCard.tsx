import { useOpenAssignmentCounts } from '../../hooks/assignments/useAssignments'
import { CountCard } from './CountCard'
import { countText, OVERDUE_TEXT, type CountText } from './texts'

/** Öppna uppdrag on Översikt, with how many of them are overdue; it opens Uppdrag. */
export function AssignmentsCard({ text, count }: { text: CountText; count: number }) {
  const counts = useOpenAssignmentCounts()
  const overdue = counts.data?.overdue
  const detail = overdue === undefined ? undefined : { text: countText(overdue, OVERDUE_TEXT), warning: overdue > 0 }
  return <CountCard text={text} count={counts.data?.open ?? count} detail={detail} />
}
