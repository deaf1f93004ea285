import { useMutation, useQueryClient } from '@tanstack/react-query'
import { call } from '../../api/client'
import { storeSeminar } from './seminar-cache'

type SaveMethod = 'seminars.saveInvitation' | 'seminars.saveIcs' | 'seminars.saveParticipants' | 'seminars.exportRegistrations' | 'seminars.saveKitchen'

/** One of the seminar's files through the one save path (the OS dialog). */
export function useSaveSeminarFile(method: SaveMethod, id: string) {
  return useMutation({ mutationFn: () => call(method, { id }) })
}

/** A document drawn in the app before she saves it. */
export function usePreviewSeminarDocument(method: 'seminars.previewInvitation' | 'seminars.previewParticipants', id: string) {
  return useMutation({ mutationFn: () => call(method, { id }) })
}

/** Who the invitation reaches, asked just before the draft is made (to name those without an address). */
export function useInvitationRecipients(id: string) {
  return useMutation({ mutationFn: () => call('seminars.invitationRecipients', { id }) })
}

/** The invitation .eml (every address in Bcc), opened in her mail program. */
export function useSendInvitation(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => call('seminars.sendInvitation', { id }),
    onSuccess: (sent) => storeSeminar(client, sent.seminar)
  })
}

/** "Kopiera e-postadresser": the target groups' addresses on the clipboard. */
export function useCopySeminarEmails(id: string) {
  return useMutation({ mutationFn: () => call('seminars.copyEmails', { id }) })
}

/** The reach figures as .xlsx through the save dialog. */
export function useExportReach() {
  return useMutation({ mutationFn: () => call('seminars.exportReach') })
}
