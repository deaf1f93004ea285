import { keysFor } from '../../api/keyFactory'

/** Query keys of the assignments domain: the Uppdrag lists by filter. */
export const assignmentKeys = keysFor('assignments')
