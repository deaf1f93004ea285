import type { MinutesView } from '../../../shared/contract/minutes'
import type { Meeting } from '../../../shared/domain/meetings'
import { minutesSkeleton } from '../../../shared/meetings/minutes-skeleton'

/** The editor's view: the shared skeleton, with each item's revision for autosave. */
export function minutesView(meeting: Meeting): MinutesView {
  const { sections, rollCall } = minutesSkeleton(meeting)
  const revisions = new Map(meeting.agenda.map((item) => [item.id, item.revision ?? 0]))
  return { meeting, sections: sections.map((s) => ({ ...s, revision: revisions.get(s.itemId) ?? 0 })), rollCall }
}
