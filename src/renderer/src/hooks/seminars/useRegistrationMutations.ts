import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { ApiInput } from '../../../../shared/contract'
import { call } from '../../api/client'
import { contactsKeys } from '../contacts/keys'
import { refetchSeminar, storeRegistration } from './seminar-cache'

/** A new registration, booked or waitlisted as the preview said; a person added to the register refreshes Kontakter. */
export function useAddRegistration() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: ApiInput<'seminars.addRegistration'>) => call('seminars.addRegistration', input),
    onSuccess: async (added) => {
      await storeRegistration(client, added.registration, added.counts)
      if (added.addedContactId) await client.invalidateQueries({ queryKey: contactsKeys.all })
    }
  })
}

/** "Kom utan anmälan" at the door. */
export function useWalkIn() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: ApiInput<'seminars.walkIn'>) => call('seminars.walkIn', input),
    onSuccess: async (added) => {
      await storeRegistration(client, added.registration, added.counts)
      if (added.addedContactId) await client.invalidateQueries({ queryKey: contactsKeys.all })
    }
  })
}

type ChangeMethod = 'seminars.cancelRegistration' | 'seminars.checkIn' | 'seminars.undoCheckIn'

/** A change of one registration by id; the answer patches it into the seminar. */
export function useRegistrationChange(method: ChangeMethod) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => call(method, { id }),
    onSuccess: (change) => storeRegistration(client, change.registration, change.counts)
  })
}

/** Seats or details corrected; more seats must fit. */
export function useUpdateRegistration() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: ApiInput<'seminars.updateRegistration'>) => call('seminars.updateRegistration', input),
    onSuccess: (change) => storeRegistration(client, change.registration, change.counts)
  })
}

/** From the waiting list to booked, with the "Du har fått en plats" draft. */
export function usePromote(seminarId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: ApiInput<'seminars.promote'>) => call('seminars.promote', input),
    onSuccess: () => refetchSeminar(client, seminarId)
  })
}

/** The confirmation .eml of one registration. */
export function useSendConfirmation() {
  return useMutation({ mutationFn: (id: string) => call('seminars.sendConfirmation', { id }) })
}
