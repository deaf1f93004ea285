import { keysFor } from '../../api/keys'

/** Query keys of the seminars domain: the list, each seminar (with its registrations) by id, and named ones. */
export const seminarKeys = keysFor('seminars')
