import type { OwnerInput } from '../../../../shared/contract/assignments'
import type { Register } from '../../../../shared/contract/contacts'
import type { Invitee } from '../../../../shared/domain/meetings'
import { personKey } from '../../../../shared/meetings/attendance'
import { ASSIGNMENT_TEXTS as T } from './texts'

export interface OwnerOption {
  /** "invitee:<roll-call key>" or "contact:<id>". */
  value: string
  text: string
}

/** Who can own an assignment from a list: the invitees first, then the register. */
export function ownerOptions(invitees: readonly Invitee[], register: Register | undefined): OwnerOption[] {
  const invited = invitees.map((i) => ({ value: `invitee:${personKey(i)}`, text: `${i.name} (${T.invitee})` }))
  const invitedIds = new Set(invitees.flatMap((i) => (i.contactId ? [i.contactId] : [])))
  const contacts = (register?.contacts ?? [])
    .filter((c) => !invitedIds.has(c.id))
    .map((c) => ({ value: `contact:${c.id}`, text: `${c.name} (${T.contact})` }))
  return [...invited, ...contacts]
}

/** The owner as the contract takes it: the option she picked, else what she typed ("Polisen Lpo Skärholmen"), else none. */
export function ownerInput(picked: string | null, typed: string): OwnerInput {
  if (picked?.startsWith('invitee:')) return { kind: 'invitee', key: picked.slice('invitee:'.length) }
  if (picked?.startsWith('contact:')) return { kind: 'contact', contactId: picked.slice('contact:'.length) }
  const name = typed.trim()
  return name === '' ? { kind: 'none' } : { kind: 'text', name }
}

/** The options that contain what she typed, at most `max` (a register can hold thousands). */
export function matching(options: readonly OwnerOption[], typed: string, max = 50): OwnerOption[] {
  const words = typed.toLocaleLowerCase('sv-SE').split(/\s+/).filter(Boolean)
  return options.filter((o) => words.every((w) => o.text.toLocaleLowerCase('sv-SE').includes(w))).slice(0, max)
}
