import { useState } from 'react'
import type { Minutes } from '../../../../../shared/domain/meetings'
import { useAutosave } from '../../../drafts/useAutosave'
import { useSetProtocol } from '../../../hooks/minutes/useProtocolMutations'
import { draftOf, inputOf, type ProtocolDraft } from './draft'

/** The protokoll's fields as she types them, saved by the shared autosave. */
export function useProtocolForm(meetingId: string, minutes: Minutes) {
  const [draft, setDraft] = useState(() => draftOf(minutes))
  const save = useSetProtocol(meetingId)
  const saveKind = useSetProtocol(meetingId)
  const autosave = useAutosave((d: ProtocolDraft) => save.mutateAsync(inputOf(d)))
  const change = (patch: Partial<ProtocolDraft>) => {
    const next = { ...draft, ...patch }
    setDraft(next)
    autosave.change(next)
  }
  // Shown at once (the radio follows her click), saved after what she has typed; back again if refused.
  const [kind, setShownKind] = useState(minutes.kind)
  const setKind = (next: Minutes['kind']) => {
    setShownKind(next)
    void autosave.flush().then(() => saveKind.mutate({ kind: next }, { onError: () => setShownKind(minutes.kind) }))
  }
  return { draft, change, autosave, kind, setKind, kindError: saveKind.error }
}
