import { useState } from 'react'
import type { Minutes } from '../../../../../shared/domain/meetings'
import { useAutosave } from '../../../drafts/useAutosave'
import { useSetProtocol } from '../../../hooks/minutes/useProtocolMutations'
import { draftOf, inputOf, type ProtocolDraft } from './draft'

/** The protokoll's fields as she types them, saved by the shared autosave. */
export function useProtocolForm(meetingId: string, minutes: Minutes) {
  const [draft, setDraft] = useState(() => draftOf(minutes))
  const save = useSetProtocol(meetingId)
  const autosave = useAutosave((d: ProtocolDraft) => save.mutateAsync(inputOf(d)))
  const change = (patch: Partial<ProtocolDraft>) => {
    const next = { ...draft, ...patch }
    setDraft(next)
    autosave.change(next)
  }
  /** The kind is saved at once (it changes what the panel shows), after what she has typed. */
  const setKind = (kind: Minutes['kind']) => void autosave.flush().then(() => save.mutate({ kind }))
  return { draft, change, autosave, setKind, kindError: save.error }
}
