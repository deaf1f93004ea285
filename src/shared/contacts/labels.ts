import type { GroupKind, OrganisationKind } from '../domain/contacts'

/** Swedish names of organisation kinds, for lists, filters and exports. */
export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  police: 'Polis',
  school: 'Skola',
  fireRescue: 'Räddningstjänst',
  housing: 'Bostadsbolag',
  business: 'Företag',
  association: 'Förening',
  city: 'Staden',
  other: 'Övrigt'
}

/** The groups every register starts with; names may be changed, kinds not. */
export const BUILT_IN_GROUPS: { kind: Exclude<GroupKind, 'custom'>; name: string }[] = [
  { kind: 'councilInvitees', name: 'Kallade till lokala BRÅ' },
  { kind: 'business', name: 'Näringsliv' },
  { kind: 'associations', name: 'Föreningsliv' }
]

/** Column headings used by export and recognised again by import (round trip). */
export const EXPORT_HEADERS = {
  name: 'Namn',
  title: 'Titel/roll',
  organisation: 'Organisation',
  organisationKind: 'Organisationstyp',
  email: 'E-post',
  phone: 'Telefon',
  groups: 'Grupper',
  notes: 'Anteckningar'
} as const
