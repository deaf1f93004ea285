import { keysFor } from '../../api/keyFactory'

/** Query keys of the decisions domain: the Beslut list by query. */
export const decisionKeys = keysFor('decisions')
