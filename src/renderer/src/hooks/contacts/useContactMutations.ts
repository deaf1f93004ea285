import { useMutation } from '@tanstack/react-query'
import type { ApiInput } from '../../../../shared/contract'
import { call } from '../../api/client'
import { contactsKeys } from './keys'
import { withContact, withGroup, withMembership, withoutContact, withoutGroup } from './register-cache'
import { useRegisterCache } from './useRegisterCache'

/** Creates (no id) or updates a contact; field errors come back as ApiError.fields. Her row and record are patched by id. */
export function useSaveContact() {
  const cache = useRegisterCache()
  return useMutation({
    mutationFn: (input: ApiInput<'contacts.save'>) => call('contacts.save', input),
    onSuccess: async (contact) => {
      cache.client.setQueryData(contactsKeys.detail(contact.id), contact)
      // A new organisation typed in the form is not in the cache: then the register is read again.
      await cache.patch((register) => withContact(register, contact))
    }
  })
}

/** Removes a contact from the register; meetings and registrations keep the name they had. */
export function useDeleteContact() {
  const cache = useRegisterCache()
  return useMutation({
    mutationFn: (id: string) => call('contacts.delete', { id }),
    onSuccess: async (_none, id) => {
      cache.client.removeQueries({ queryKey: contactsKeys.detail(id) })
      await cache.patch((register) => withoutContact(register, id))
    }
  })
}

/**
 * Erases a person's data (GDPR), and the unlinked records she chose; held meetings keep
 * name and role. It reaches meetings and registrations too, so those are read again.
 */
export function useEraseContact() {
  const cache = useRegisterCache()
  return useMutation({
    mutationFn: (input: ApiInput<'contacts.erase'>) => call('contacts.erase', input),
    onSuccess: async () => {
      await Promise.all([cache.refetch(), cache.client.invalidateQueries({ queryKey: ['meetings'] })])
    }
  })
}

/** Creates one of her own groups, or renames a group. */
export function useSaveGroup() {
  const cache = useRegisterCache()
  return useMutation({
    mutationFn: (input: ApiInput<'contacts.saveGroup'>) => call('contacts.saveGroup', input),
    onSuccess: (group) => cache.patch((register) => withGroup(register, group))
  })
}

/** Deletes one of her own groups; the built-in ones are refused by the service. */
export function useDeleteGroup() {
  const cache = useRegisterCache()
  return useMutation({
    mutationFn: (id: string) => call('contacts.deleteGroup', { id }),
    onSuccess: (_none, id) => cache.patch((register) => withoutGroup(register, id))
  })
}

/** `add`: true adds the contacts to the group, false removes them. */
export type MembershipChange = ApiInput<'contacts.addToGroup'> & { add: boolean }

/** Adds people to a group or removes them from it. */
export function useGroupMembership() {
  const cache = useRegisterCache()
  return useMutation({
    mutationFn: ({ groupId, contactIds, add }: MembershipChange) =>
      call(add ? 'contacts.addToGroup' : 'contacts.removeFromGroup', { groupId, contactIds }),
    onSuccess: (_none, { groupId, contactIds, add }) => cache.patch((register) => withMembership(register, groupId, contactIds, add))
  })
}
