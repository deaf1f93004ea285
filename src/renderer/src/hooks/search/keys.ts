import { keysFor } from '../../api/keyFactory'

/** Query keys of "Sök i allt": one list per typed text. */
export const searchKeys = keysFor('search')
