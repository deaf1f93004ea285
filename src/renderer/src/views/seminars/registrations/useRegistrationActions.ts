import { useState } from 'react'
import type { Registration } from '../../../../../shared/domain/seminars'
import type { RegistrationChange, SeminarDraftFile, WaitlistOffer } from '../../../../../shared/seminars/results'
import { usePromote, useRegistrationChange, useSendConfirmation, useUpdateRegistration } from '../../../hooks/seminars/useRegistrationMutations'

/** The latest thing a row action made: an e-mail draft, or an error to show. */
export type RowOutcome = { kind: 'draft'; draft: SeminarDraftFile; name: string } | { kind: 'error'; error: unknown; promoteId?: string } | null

/**
 * What the registration rows do. A cancellation (or fewer seats) that frees a place keeps
 * main's offer of the first on the waiting list who fits, for one click; a promotion by
 * hand that does not fit says why and offers to go past the capacity.
 */
export function useRegistrationActions(seminarId: string, registrations: readonly Registration[]) {
  const cancel = useRegistrationChange('seminars.cancelRegistration')
  const update = useUpdateRegistration()
  const promote = usePromote(seminarId)
  const confirm = useSendConfirmation()
  const { offer, setOffer, outcome, setOutcome, begin, changed, failed } = useOutcome()
  const give = (r: Registration, overrideCapacity = false) => {
    begin()
    promote.mutate({ id: r.id, draft: true, overrideCapacity }, {
      onSuccess: (p) => setOutcome(p.draft ? { kind: 'draft', draft: p.draft, name: r.name } : null),
      onError: (e) => failed(e, overrideCapacity ? undefined : r.id)
    })
  }
  return {
    offer, outcome,
    busy: cancel.isPending || update.isPending || promote.isPending || confirm.isPending,
    cancel: (r: Registration) => {
      begin()
      cancel.mutate(r.id, { onSuccess: changed, onError: (e) => failed(e) })
    },
    seats: (r: Registration, seats: number) => {
      begin()
      update.mutate({ id: r.id, patch: { seats } }, { onSuccess: changed, onError: (e) => failed(e) })
    },
    confirm: (r: Registration) => {
      begin()
      confirm.mutate(r.id, { onSuccess: (draft) => setOutcome({ kind: 'draft', draft, name: r.name }), onError: (e) => failed(e) })
    },
    give,
    /** A promotion by hand past the capacity or the cap, after she was told it does not fit. */
    giveById: (id: string) => {
      const r = registrations.find((x) => x.id === id)
      if (r) give(r, true)
    },
    dismissOffer: () => setOffer(null)
  }
}

/** The offer and the last row action's outcome; each action begins by clearing the one before. */
function useOutcome() {
  const [offer, setOffer] = useState<WaitlistOffer | null>(null)
  const [outcome, setOutcome] = useState<RowOutcome>(null)
  return {
    offer, setOffer, outcome, setOutcome,
    begin: () => {
      setOutcome(null)
      setOffer(null)
    },
    changed: (change: RegistrationChange) => setOffer(change.offer),
    failed: (error: unknown, promoteId?: string) => setOutcome({ kind: 'error', error, promoteId })
  }
}
