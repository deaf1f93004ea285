import { useEffect, useRef, useState } from 'react'
import type { Decision } from '../../../../shared/domain/areas'
import type { RichText } from '../../../../shared/rich-text'
import { hasVisibleText } from '../../../../shared/domain/text'
import { ApiError } from '../../api/client'
import { autosaveText } from '../../drafts/autosave'
import { useAutosave } from '../../drafts/useAutosave'
import { usePatchItem } from '../../hooks/minutes/useMinutesMutations'
import type { SectionModel } from './view-model'

/** The decisions as patchItem takes them: blank lines left out; their areas are set apart (minutes.setDecisionAreas). */
export const decisionsToSave = (decisions: readonly Decision[]) => decisions.filter((d) => hasVisibleText(d.text)).map(({ id, text }) => ({ id, text }))

/** What one item saves: its notes and its decisions, read when the save runs. */
export interface ItemDraft {
  notes: RichText
  decisions: Decision[]
}

/**
 * Autosave of one agenda item through the shared draft mechanism (useAutosave: 800 ms
 * after the last keystroke, flushed on leaving and before quitting). Each save names the
 * revision it was based on; when main refuses it as stale (saved from elsewhere since),
 * autosave stops for this item and says so: her text stays on screen, nothing newer is
 * overwritten, and "Ladda om punkten" takes the stored text.
 */
export function useItemAutosave(meetingId: string, section: SectionModel) {
  const patch = usePatchItem(meetingId)
  const revision = useRef(section.revision)
  const [conflict, setConflict] = useState<string | null>(null)
  const blocked = useRef<string | null>(null)
  const block = (message: string | null) => {
    blocked.current = message
    setConflict(message)
  }
  const autosave = useAutosave<() => ItemDraft>(async (read) => {
    if (blocked.current) throw new ApiError('conflict', blocked.current)
    const { notes, decisions } = read()
    try {
      const saved = await patch.mutateAsync({ itemId: section.itemId, baseRevision: revision.current, notes, decisions: decisionsToSave(decisions) })
      revision.current = saved.revision
    } catch (error) {
      if (error instanceof ApiError && error.code === 'conflict') block(error.message)
      throw error
    }
  })
  const status = autosave.state.status
  const pending = useRef(false)
  pending.current = status === 'dirty' || status === 'saving'
  useEffect(() => {
    // The stored revision moved on with text from the store (a reload): later saves start from it.
    if (status !== 'dirty' && status !== 'saving' && blocked.current === null) revision.current = section.revision
  }, [section.revision, status])
  // After "Ladda om punkten" the refused save is history: its "Kunde inte spara" is not shown again.
  const [settled, setSettled] = useState<typeof autosave.state | null>(null)
  const reload = (refetch: () => Promise<unknown>) => {
    block(null)
    setSettled(autosave.state)
    void refetch()
  }
  const statusText = settled === autosave.state ? '' : autosaveText(autosave.state)
  return { change: autosave.change, flush: autosave.flush, hasUnsaved: () => pending.current || blocked.current !== null, conflict, reload, statusText, readOnly: autosave.readOnly }
}
