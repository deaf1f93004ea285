import { keysFor } from '../../api/keys'

/** Query keys of the meetings domain; a meeting editor invalidates `meetingKeys.all`. */
export const meetingKeys = keysFor('meetings')
