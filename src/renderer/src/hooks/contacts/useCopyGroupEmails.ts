import { useMutation } from '@tanstack/react-query'
import { call } from '../../api/client'

/** Puts a group's e-mail addresses on the clipboard (main writes it); says who has none. */
export function useCopyGroupEmails() {
  return useMutation({ mutationFn: (groupId: string) => call('groups.copyEmails', { groupId }) })
}
