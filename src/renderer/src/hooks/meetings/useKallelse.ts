import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { ApiInput } from '../../../../shared/contract'
import { call } from '../../api/client'
import { storeMeeting } from './useMeetingMutations'

/** The kallelse as a Word document, drawn in the app before she saves it. */
export function usePreviewKallelse(id: string) {
  return useMutation({ mutationFn: () => call('meetings.previewKallelse', { id }) })
}

/** "Spara kallelse (Word)" through the save dialog. */
export function useSaveKallelse(id: string) {
  return useMutation({ mutationFn: () => call('meetings.saveKallelse', { id }) })
}

/** "Kalenderinbjudan (.ics)" through the save dialog. */
export function useSaveInvitation(id: string) {
  return useMutation({ mutationFn: () => call('meetings.saveInvitation', { id }) })
}

/** The e-mail draft (kallelse, change or cancellation), opened in her mail program; the meeting's log grows. */
export function useSendKallelse(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: Omit<ApiInput<'meetings.sendKallelse'>, 'id'>) => call('meetings.sendKallelse', { id, ...input }),
    onSuccess: (sent) => storeMeeting(client, sent.meeting)
  })
}

/** "Kopiera e-postadresser": on the clipboard, separated by semicolons. */
export function useCopyEmails(id: string) {
  return useMutation({ mutationFn: () => call('meetings.copyEmails', { id }) })
}

/** The year plan's meetings as one .ics through the save dialog. */
export function useSaveYearPlanIcs() {
  return useMutation({ mutationFn: (ids: string[]) => call('meetings.saveYearPlanIcs', { ids }) })
}
