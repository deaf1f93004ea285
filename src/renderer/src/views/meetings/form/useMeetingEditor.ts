import { useState } from 'react'
import type { ApiInput } from '../../../../../shared/contract'
import { senderSnapshotOf, type AgendaItem, type Invitee, type Meeting, type Place, type SenderSnapshot } from '../../../../../shared/domain/meetings'
import type { Settings } from '../../../../../shared/domain/settings'
import { fieldErrors } from '../../../api/client'
import { useAutosave } from '../../../drafts/useAutosave'
import { useBusySlots } from '../../../hooks/meetings/useMeetings'
import { useUpdateMeeting } from '../../../hooks/meetings/useMeetingMutations'
import { senderErrors } from '../sender/sender-fields'
import { draftOf, draftWarnings, parseDraft, type DraftErrors, type DraftField, type MeetingDraft } from './draft'

type Patch = ApiInput<'meetings.update'>['patch']

interface Edit {
  draft: MeetingDraft
  invitees: Invitee[]
  agenda: AgendaItem[]
  hidden: string[]
  /** Null for a meeting from before sender snapshots, until she edits it or takes Inställningar. */
  sender: SenderSnapshot | null
}

const senderReads = (sender: SenderSnapshot | null) => sender === null || Object.keys(senderErrors(sender)).length === 0

/** The errors main gave for the last save ("patch.endTime"), by form field. */
function savedErrors(error: unknown): DraftErrors {
  const byPath = fieldErrors(error)
  const pick = (path: string) => byPath[`patch.${path}`]
  return { date: pick('date'), startTime: pick('startTime'), endTime: pick('endTime'), council: pick('council'), address: pick('place.address'), videoLink: pick('place.videoLink'), apologiesBy: pick('apologiesBy') }
}

/**
 * A planned meeting being edited: what she typed, read with the shared rules on every
 * change, and saved by itself 800 ms after her last change whenever it reads. One
 * store update per save; the saved meeting replaces the cached one.
 */
export function useMeetingEditor(meeting: Meeting) {
  const [edit, setEdit] = useState<Edit>(() => ({ draft: draftOf(meeting), invitees: meeting.invitees, agenda: meeting.agenda, hidden: meeting.hiddenAssignmentIds ?? [], sender: meeting.senderSnapshot ?? null }))
  const update = useUpdateMeeting(meeting.id)
  // Main keeps the UUIDs new agenda items are given here, so nothing saved needs renaming.
  const autosave = useAutosave<Patch>((patch) => update.mutateAsync(patch))
  const busy = useBusySlots().data ?? []
  const parsed = parseDraft(edit.draft)

  const change = (next: Edit) => {
    setEdit(next)
    const { facts } = parseDraft(next.draft)
    if (facts && senderReads(next.sender)) {
      autosave.change({ ...facts, invitees: next.invitees, agenda: next.agenda, hiddenAssignmentIds: next.hidden, ...(next.sender ? { senderSnapshot: next.sender } : {}) })
    }
  }
  return {
    ...edit,
    errors: { ...savedErrors(update.error), ...parsed.errors },
    facts: parsed.facts,
    /** Something she typed does not read (a time, an address): it is not saved until it does. */
    unsaved: parsed.facts === null || !senderReads(edit.sender),
    warnings: draftWarnings(edit.draft, meeting.id, busy),
    saveState: autosave.state,
    readOnly: autosave.readOnly,
    setField: (field: DraftField, value: string) => change({ ...edit, draft: { ...edit.draft, [field]: value } }),
    setPlace: (place: Place) => change({ ...edit, draft: { ...edit.draft, ...place } }),
    setInvitees: (invitees: Invitee[]) => change({ ...edit, invitees }),
    setAgenda: (agenda: AgendaItem[]) => change({ ...edit, agenda }),
    setHidden: (hidden: string[]) => change({ ...edit, hidden }),
    setSender: (sender: SenderSnapshot) => change({ ...edit, sender }),
    /** "Hämta från inställningar": the council's name (when set there) and the sender snapshot of today. */
    takeSettings: (settings: Settings) =>
      change({ ...edit, sender: senderSnapshotOf(settings), draft: { ...edit.draft, council: settings.councilName.trim() || edit.draft.council } }),
    flush: autosave.flush
  }
}
