import { keysFor } from '../../api/keyFactory'

/** Every contacts query lives under this domain; what cannot be patched invalidates `contactsKeys.all`. */
export const contactsKeys = keysFor('contacts')

/** The whole register (people, organisations, groups), searched in memory by the view. */
export const REGISTER_KEY = contactsKeys.list()

/**
 * What erasing a person would remove: keyed outside the contacts domain, so the erasure's
 * own refresh of the register does not ask again about a person who is gone.
 */
export const erasePreviewKey = (id: string | null, alsoErase: string[] | undefined) =>
  ['contactsErasePreview', id, alsoErase ?? null] as const
