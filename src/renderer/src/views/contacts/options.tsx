import { ORGANISATION_KIND_LABELS } from '../../../../shared/contacts/labels'
import { sortGroups } from '../../../../shared/contacts/search'
import type { Group } from '../../../../shared/domain/contacts'
import { ORGANISATION_KINDS } from '../../../../shared/domain/contacts'

/** The `<option>`s of every organisation-kind Select, in the domain's order with Swedish labels. */
export function OrganisationKindOptions() {
  return (
    <>
      {ORGANISATION_KINDS.map((k) => (
        <option key={k} value={k}>
          {ORGANISATION_KIND_LABELS[k]}
        </option>
      ))}
    </>
  )
}

/** The `<option>`s of every group Select: built-in groups first, then hers alphabetically. */
export function GroupOptions({ groups }: { groups: readonly Group[] }) {
  return (
    <>
      {sortGroups(groups).map((g) => (
        <option key={g.id} value={g.id}>
          {g.name}
        </option>
      ))}
    </>
  )
}
