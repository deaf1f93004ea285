import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import type { ApiInput, ApiOutput } from '../../../../shared/contract'
import type { AgendaItem, Meeting } from '../../../../shared/domain/meetings'
import { call } from '../../api/client'
import { meetingKeys } from '../meetings/keys'
import { storeMeeting } from '../meetings/useMeetingMutations'

/*
 * The minutes' changes. Every one but patchItem answers with the whole meeting, which
 * replaces the cached one (the editor computes its view from it); patchItem answers with
 * the item's new revision, written into the cached item with the text that was saved.
 */

type WithoutMeeting<M extends Parameters<typeof call>[0]> = Omit<ApiInput<M>, 'meetingId'>

/** One mutation per meeting-returning method, bound to the meeting. */
function useMeetingChange<M extends 'minutes.addItem' | 'minutes.moveItem' | 'minutes.removeItem' | 'minutes.setAttendance' | 'minutes.markAllPresent' | 'minutes.addGuest' | 'minutes.addSubstitute' | 'minutes.finish' | 'minutes.removeAttachment' | 'minutes.moveAttachment'>(method: M, meetingId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: WithoutMeeting<M>) => call(method, { ...input, meetingId } as ApiInput<M>) as Promise<Meeting>,
    onSuccess: (meeting) => storeMeeting(client, meeting)
  })
}

export const useAddMinutesItem = (meetingId: string) => useMeetingChange('minutes.addItem', meetingId)
export const useMoveMinutesItem = (meetingId: string) => useMeetingChange('minutes.moveItem', meetingId)
export const useRemoveMinutesItem = (meetingId: string) => useMeetingChange('minutes.removeItem', meetingId)
export const useSetAttendance = (meetingId: string) => useMeetingChange('minutes.setAttendance', meetingId)
export const useMarkAllPresent = (meetingId: string) => useMeetingChange('minutes.markAllPresent', meetingId)
export const useAddGuest = (meetingId: string) => useMeetingChange('minutes.addGuest', meetingId)
export const useAddSubstitute = (meetingId: string) => useMeetingChange('minutes.addSubstitute', meetingId)
export const useFinishMinutes = (meetingId: string) => useMeetingChange('minutes.finish', meetingId)
export const useRemoveAttachment = (meetingId: string) => useMeetingChange('minutes.removeAttachment', meetingId)
export const useMoveAttachment = (meetingId: string) => useMeetingChange('minutes.moveAttachment', meetingId)

/** "Skriv minnesanteckningar": the agenda becomes the minutes; the meeting in the answer opens the editor. */
export function useStartMinutes(meetingId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (kind: ApiInput<'minutes.start'>['kind']) => call('minutes.start', { meetingId, kind }),
    onSuccess: (view) => storeMeeting(client, view.meeting)
  })
}

/** "Lägg till bilaga": the open dialog in main; null when she cancels. */
export function useAddAttachment(meetingId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => call('minutes.addAttachment', { meetingId }),
    onSuccess: (meeting) => (meeting ? storeMeeting(client, meeting) : undefined)
  })
}

/** "Skicka minnesanteckningar…": the .eml draft with the Word file and the attachments. */
export function useSendMinutes(meetingId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => call('minutes.sendMinutes', { meetingId }),
    onSuccess: (sent) => storeMeeting(client, sent.meeting)
  })
}

export type ItemPatch = WithoutMeeting<'minutes.patchItem'>

/** Writes what was saved into the cached item, so the cache never holds older text than the store. */
function storeSavedItem(client: QueryClient, meetingId: string, patch: ItemPatch, saved: ApiOutput<'minutes.patchItem'>): void {
  client.setQueryData<Meeting>(meetingKeys.detail(meetingId), (meeting) => {
    if (!meeting) return meeting
    const agenda = meeting.agenda.map((item) => (item.id === saved.itemId ? savedItem(item, patch, saved.revision) : item))
    return { ...meeting, agenda }
  })
}

/**
 * The cached item after a save: what was sent, at the new revision. Decisions are sent
 * without their area tags (main keeps those by id), so each keeps the tags it had.
 */
export function savedItem(item: AgendaItem, patch: ItemPatch, revision: number): AgendaItem {
  const { itemId: _id, baseRevision: _base, decisions, ...fields } = patch
  const tagged = decisions?.map((d) => ({ ...d, areaIds: item.decisions.find((old) => old.id === d.id)?.areaIds ?? [] }))
  return { ...item, ...fields, ...(tagged ? { decisions: tagged } : {}), revision } as AgendaItem
}

/** Autosave of one item; refused with 'conflict' when the revision it was based on is not the stored one. */
export function usePatchItem(meetingId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (patch: ItemPatch) => call('minutes.patchItem', { ...patch, meetingId }),
    onSuccess: (saved, patch) => storeSavedItem(client, meetingId, patch, saved)
  })
}
