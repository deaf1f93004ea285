import { useState } from 'react'
import type { KallelseKind, Meeting, RecipientMode } from '../../../../../shared/domain/meetings'
import { missingAddressText, recipientsOf } from '../../../../../shared/meetings/recipients'
import { useCopyEmails, useSaveInvitation, useSaveKallelse, useSendKallelse } from '../../../hooks/meetings/useKallelse'

export type KallelseAction = 'word' | 'ics' | 'draft' | 'copy'

/**
 * The kallelse buttons' work: each action saves pending edits first (the documents are
 * built from what is stored), and only the latest action's outcome is shown. An e-mail
 * draft to invitees without an address asks first, naming them.
 */
export function useKallelseActions(meeting: Meeting, flush: () => Promise<void>) {
  const word = useSaveKallelse(meeting.id)
  const ics = useSaveInvitation(meeting.id)
  const send = useSendKallelse(meeting.id)
  const copy = useCopyEmails(meeting.id)
  const [latest, setLatest] = useState<KallelseAction | null>(null)
  const [asking, setAsking] = useState<KallelseKind | null>(null)
  const [mode, setMode] = useState<RecipientMode>('to')
  const recipients = recipientsOf(meeting.invitees)

  const run = async (action: KallelseAction, go: () => void) => {
    await flush()
    setLatest(action)
    go()
  }
  const sendNow = (kind: KallelseKind) => {
    setAsking(null)
    void run('draft', () => send.mutate({ kind, recipientMode: mode }))
  }
  return {
    mode,
    setMode,
    latest,
    mutations: { word, ics, send, copy },
    busy: word.isPending || ics.isPending || send.isPending || copy.isPending,
    missing: asking ? { title: missingAddressText(recipients) ?? '', names: recipients.withoutAddress, kind: asking } : null,
    saveWord: () => void run('word', () => word.mutate()),
    saveIcs: () => void run('ics', () => ics.mutate()),
    copyEmails: () => void run('copy', () => copy.mutate()),
    send: (kind: KallelseKind) => (recipients.withoutAddress.length > 0 ? setAsking(kind) : sendNow(kind)),
    proceed: () => asking && sendNow(asking),
    cancelAsking: () => setAsking(null)
  }
}
