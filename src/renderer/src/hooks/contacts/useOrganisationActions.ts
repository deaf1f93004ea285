import type { OrganisationDetailsInput, OrganisationMergeInput } from '../../../../shared/contacts/organisation-input'
import { call } from '../../api/client'
import { useRegisterMutation } from './useRegisterMutation'

/** Saves an organisation's details (and renames it). */
export function useSaveOrganisationDetails() {
  return useRegisterMutation((input: OrganisationDetailsInput) => call('organisations.save', input))
}

/** Merges one organisation into another: its people move, then it is gone. */
export function useMergeOrganisations() {
  return useRegisterMutation((input: OrganisationMergeInput) => call('organisations.merge', input))
}

/** Deletes an organisation nobody belongs to (the service refuses one with people). */
export function useDeleteEmptyOrganisation() {
  return useRegisterMutation((id: string) => call('organisations.delete', { id }))
}
