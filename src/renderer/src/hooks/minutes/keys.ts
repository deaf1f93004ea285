import { keysFor } from '../../api/keys'

/** Assignments (uppdrag) live beside the meetings; the editor lists a meeting's by `list({ meetingId })`. */
export const assignmentKeys = keysFor('assignments')
