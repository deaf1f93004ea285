import type { Register } from '../../../../../shared/contract/contacts'
import type { Invitee } from '../../../../../shared/domain/meetings'
import { errorMessage } from '../../../api/client'
import { useSaveContact } from '../../../hooks/contacts/useContactMutations'
import { contactFromInvitee, linkInvitee, registerMatch } from './invitee-list'
import { INVITEE_TEXTS as T } from './texts'

/**
 * "Lägg till i kontakter" for someone typed in: the contact is saved through the
 * register's own contract (contacts.save, checked as Kontakter checks it), then the
 * invitee is linked to it, so a later change in Kontakter is offered as "Uppdatera".
 * When the register already has that person, "Koppla till kontakten" links without
 * making a second one.
 */
export function useAddToContacts(invitees: Invitee[], register: Register, apply: (next: Invitee[], message: string) => void) {
  const save = useSaveContact()
  const toContacts = (index: number) => {
    const invitee = invitees[index]
    const match = registerMatch(invitee, register)
    if (match) return apply(linkInvitee(invitees, index, match, register), T.linked(invitee.name))
    save.mutate(contactFromInvitee(invitee), {
      onSuccess: (contact) => apply(linkInvitee(invitees, index, contact, register), T.savedToContacts(invitee.name)),
      onError: (error) => apply(invitees, T.saveFailed(invitee.name, errorMessage(error)))
    })
  }
  return { toContacts, pending: save.isPending, matches: invitees.map((i) => registerMatch(i, register) !== null) }
}
