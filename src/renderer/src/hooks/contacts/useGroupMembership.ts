import { call } from '../../api/client'
import { useRegisterMutation } from './useRegisterMutation'

export interface MembershipChange {
  groupId: string
  contactIds: string[]
  /** true adds the contacts to the group, false removes them. */
  add: boolean
}

/** Adds people to a group or removes them from it. */
export function useGroupMembership() {
  return useRegisterMutation(({ groupId, contactIds, add }: MembershipChange) =>
    call(add ? 'contacts.addToGroup' : 'contacts.removeFromGroup', { groupId, contactIds })
  )
}
