/** Assignments (uppdrag) live beside the meetings; the editor lists a meeting's by `list({ meetingId })` under the Uppdrag domain's keys. */
export { assignmentKeys } from '../assignments/keys'
