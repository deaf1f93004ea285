import type { ApiInput } from '../../../../shared/contract'
import { call } from '../../api/client'
import { useRegisterMutation } from './useRegisterMutation'

/** `add`: true adds the contacts to the group, false removes them. */
export type MembershipChange = ApiInput<'contacts.addToGroup'> & { add: boolean }

/** Adds people to a group or removes them from it. */
export function useGroupMembership() {
  return useRegisterMutation(({ groupId, contactIds, add }: MembershipChange) =>
    call(add ? 'contacts.addToGroup' : 'contacts.removeFromGroup', { groupId, contactIds })
  )
}
