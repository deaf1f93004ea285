import { keysFor } from '../../api/keyFactory'

/** Query keys of the priority areas: the list, and each area's timeline by its id. */
export const areaKeys = keysFor('areas')

/** Query keys of the insatser (decided actions): the lists by filter. */
export const actionKeys = keysFor('actions')
