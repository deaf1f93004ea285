import { keysFor } from '../../api/keys'

/** Query keys of the meetings domain: the list, and each meeting by id. */
export const meetingKeys = keysFor('meetings')

/** The meetings list (summary rows, newest first). */
export const MEETINGS_LIST_KEY = meetingKeys.list()
