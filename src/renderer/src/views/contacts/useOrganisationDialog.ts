import { useState } from 'react'
import { ORGANISATION_DETAILS, type OrganisationDetail } from '../../../../shared/contract/contacts'
import type { Organisation, OrganisationKind } from '../../../../shared/domain/contacts'
import { fieldErrors } from '../../api/client'
import { useNotify } from '../../components/useNotify'
import { useDeleteEmptyOrganisation, useMergeOrganisations, useSaveOrganisationDetails } from '../../hooks/contacts/useOrganisationMutations'
import { asSentence } from './contact-draft'
import { ORG_TEXTS } from './texts'

export type OrganisationDraft = { name: string; kind: OrganisationKind } & Record<OrganisationDetail, string>

const draftOf = (o: Organisation): OrganisationDraft => ({
  name: o.name,
  kind: o.kind,
  ...(Object.fromEntries(ORGANISATION_DETAILS.map((f) => [f, o[f] ?? ''])) as Record<OrganisationDetail, string>)
})

/**
 * The organisation dialog's state: the draft, and save, merge and delete, each closing the
 * dialog with a toast when done (`gone`: the row that opened it is no more).
 */
export function useOrganisationDialog(organisation: Organisation, onClose: (gone?: boolean) => void) {
  const notify = useNotify()
  const [draft, setDraft] = useState<OrganisationDraft>(() => draftOf(organisation))
  const save = useSaveOrganisationDetails()
  const merge = useMergeOrganisations()
  const remove = useDeleteEmptyOrganisation()
  const errors = save.error ? fieldErrors(save.error) : {}
  const failure = [merge.error, remove.error, save.error && Object.keys(errors).length === 0 ? save.error : null].find(Boolean)
  // Toasts wait for the dialog to go: one created under a modal stays hidden from screen readers.
  const done = (message: string, gone = false) => {
    onClose(gone)
    setTimeout(() => notify.success(message), 0)
  }
  const field = (f: OrganisationDetail | 'name') => ({
    label: ORG_TEXTS.fields[f],
    validationState: errors[f] ? ('error' as const) : ('none' as const),
    validationMessage: errors[f] ? asSentence(errors[f]) : undefined
  })
  const set = (f: keyof OrganisationDraft) => (_e: unknown, d: { value: string }) => setDraft({ ...draft, [f]: d.value })
  return {
    draft,
    field,
    set,
    failure,
    save,
    merge,
    remove,
    submit: () => save.mutate({ id: organisation.id, ...draft }, { onSuccess: (o) => done(ORG_TEXTS.saved(o.name)) }),
    mergeInto: (into: Organisation) =>
      merge.mutate(
        { fromId: organisation.id, intoId: into.id },
        { onSuccess: (r) => done(ORG_TEXTS.merged(organisation.name, into.name, r.movedContacts), true) }
      ),
    removeIt: () => remove.mutate(organisation.id, { onSuccess: () => done(ORG_TEXTS.removed(organisation.name), true) })
  }
}
