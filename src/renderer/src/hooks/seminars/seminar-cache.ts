import type { QueryClient } from '@tanstack/react-query'
import type { Registration, Seminar } from '../../../../shared/domain/seminars'
import type { SeminarCounts, SeminarDetail } from '../../../../shared/seminars/results'
import { invalidateDomain } from '../../api/queryClient'
import { meetingKeys } from '../meetings/keys'
import { seminarKeys } from './keys'

/** Everything a seminar change may have moved besides the seminar itself: the list, reach, Översikt, the busy slots of the date warnings. */
async function refreshAround(client: QueryClient): Promise<void> {
  await Promise.all([
    invalidateDomain(client, seminarKeys.lists),
    client.invalidateQueries({ queryKey: seminarKeys.named('reach') }),
    client.invalidateQueries({ queryKey: meetingKeys.named('busySlots') })
  ])
}

/** A changed seminar replaces the cached one in its detail at once (the form she edits is not refetched). */
export async function storeSeminar(client: QueryClient, seminar: Seminar): Promise<void> {
  client.setQueryData<SeminarDetail>(seminarKeys.detail(seminar.id), (old) => (old ? { ...old, seminar } : old))
  await refreshAround(client)
}

/** A changed or new registration and the seminar's new counts, patched into its detail by id. */
export async function storeRegistration(client: QueryClient, registration: Registration, counts: SeminarCounts): Promise<void> {
  client.setQueryData<SeminarDetail>(seminarKeys.detail(registration.seminarId), (old) => {
    if (!old) return old
    const known = old.registrations.some((r) => r.id === registration.id)
    const registrations = known ? old.registrations.map((r) => (r.id === registration.id ? registration : r)) : [...old.registrations, registration]
    return { ...old, registrations, counts }
  })
  await refreshAround(client)
}

/** After a change the answer cannot describe whole (a promotion moves two, a close moves many): fetch the seminar again. */
export async function refetchSeminar(client: QueryClient, seminarId: string): Promise<void> {
  await Promise.all([client.invalidateQueries({ queryKey: seminarKeys.detail(seminarId) }), refreshAround(client)])
}
