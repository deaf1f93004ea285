import { EXPORT_HEADERS, ORGANISATION_KIND_LABELS } from '../../../shared/contacts/labels'
import { swedishCollator } from '../../../shared/contacts/normalise'
import type { Database } from '../../../shared/domain/database'
import type { Sheet } from './sheet'

/**
 * The register (or the given contacts) as one table, alphabetical in Swedish order.
 * Its headings are the ones the import recognises, so an export re-imports cleanly.
 */
export function registerSheet(db: Readonly<Database>, ids?: string[]): Sheet {
  const wanted = ids ? new Set(ids) : null
  const organisations = new Map(db.organisations.map((o) => [o.id, o]))
  const groups = new Map(db.groups.map((g) => [g.id, g.name]))
  const contacts = db.contacts
    .filter((c) => !wanted || wanted.has(c.id))
    .sort((a, b) => swedishCollator.compare(a.name, b.name))
  const h = EXPORT_HEADERS
  return {
    name: 'Kontakter',
    columns: [h.name, h.title, h.organisation, h.organisationKind, h.email, h.phone, h.groups, h.notes],
    rows: contacts.map((c) => {
      const organisation = c.organisationId ? organisations.get(c.organisationId) : undefined
      return [
        c.name,
        c.title,
        organisation?.name ?? '',
        organisation ? ORGANISATION_KIND_LABELS[organisation.kind] : '',
        c.email,
        c.phone,
        c.groupIds.map((id) => groups.get(id) ?? '').filter(Boolean).join(', '),
        c.notes
      ]
    })
  }
}
