import { keysFor } from '../../api/keys'

/** Every contacts query lives under this domain; a change invalidates `contactsKeys.all`. */
export const contactsKeys = keysFor('contacts')

/** The whole register (people, organisations, groups), searched in memory by the view. */
export const REGISTER_KEY = contactsKeys.list()
