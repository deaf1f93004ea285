import { useState } from 'react'
import { useCopySeminarEmails, useInvitationRecipients, useSaveSeminarFile, useSendInvitation } from '../../../hooks/seminars/useSeminarFiles'

export type InvitationAction = 'word' | 'ics' | 'draft' | 'copy'

/**
 * The invitation buttons' work; only the latest action's outcome is shown. Before the
 * draft is made she is told who in the target group has no address, by name.
 */
export function useInvitationActions(seminarId: string) {
  const word = useSaveSeminarFile('seminars.saveInvitation', seminarId)
  const ics = useSaveSeminarFile('seminars.saveIcs', seminarId)
  const send = useSendInvitation(seminarId)
  const copy = useCopySeminarEmails(seminarId)
  const recipients = useInvitationRecipients(seminarId)
  const [latest, setLatest] = useState<InvitationAction | null>(null)
  const [missing, setMissing] = useState<string[] | null>(null)
  const run = (action: InvitationAction, go: () => void) => (setLatest(action), go())
  const sendNow = () => (setMissing(null), run('draft', () => send.mutate()))
  return {
    latest,
    mutations: { word, ics, send, copy },
    busy: word.isPending || ics.isPending || send.isPending || copy.isPending || recipients.isPending,
    missing,
    saveWord: () => run('word', () => word.mutate()),
    saveIcs: () => run('ics', () => ics.mutate()),
    copyEmails: () => run('copy', () => copy.mutate()),
    send: () => recipients.mutate(undefined, { onSuccess: (r) => (r.missing.length > 0 ? setMissing(r.missing) : sendNow()) }),
    proceed: sendNow,
    cancelAsking: () => setMissing(null)
  }
}
