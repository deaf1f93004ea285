import { describe, expect, it } from 'vitest'
import { foldForSearch } from '../../../src/shared/contacts/normalise'
import { buildSearchIndex, searchContacts, sortGroups } from '../../../src/shared/contacts/search'
import { ContactSchema, GroupSchema, OrganisationSchema, type Contact } from '../../../src/shared/domain/contacts'

const T = '2019-01-10T09:00:00.000Z'
const orgs = [
  OrganisationSchema.parse({ id: 'org-polis', name: 'Polisen Lpo Skärholmen', kind: 'police', createdAt: T, updatedAt: T }),
  OrganisationSchema.parse({ id: 'org-cafe', name: 'Café Åhléns', kind: 'business', createdAt: T, updatedAt: T }),
  OrganisationSchema.parse({ id: 'org-skola', name: 'Västbergaskolan', kind: 'school', createdAt: T, updatedAt: T })
]
let n = 0
const contact = (name: string, fields: Partial<Contact> = {}): Contact =>
  ContactSchema.parse({ id: `contact-${++n}`, name, createdAt: T, updatedAt: T, ...fields })

const contacts = [
  contact('Zlatan Andersson', { organisationId: 'org-polis', title: 'Kommunpolis', groupIds: ['group-one'] }),
  contact('Åsa Öberg', { organisationId: 'org-skola', title: 'Rektor', email: 'asa.oberg@example.org' }),
  contact('Örjan Ek', { organisationId: 'org-cafe' }),
  contact('Ärla Björk', { title: 'Fältassistent', groupIds: ['group-one'] }),
  contact('René Müller', { organisationId: 'org-cafe', email: 'rene@example.org' }),
  contact('anna Berg', { organisationId: 'org-polis' })
]
const index = buildSearchIndex(contacts, orgs)
const names = (query: string, filters = {}) => searchContacts(index, query, filters).map((e) => e.contact.name)

describe('search', () => {
  it('sorts in Swedish order: å ä ö after z, case ignored', () => {
    expect(names('')).toEqual(['anna Berg', 'René Müller', 'Zlatan Andersson', 'Åsa Öberg', 'Ärla Björk', 'Örjan Ek'])
  })

  it('folds é and ü but keeps å ä ö as their own letters', () => {
    expect(foldForSearch('René MÜLLER')).toBe('rene muller')
    expect(foldForSearch('Åhlén')).toBe('åhlen')
    expect(names('rene')).toEqual(['René Müller'])
    expect(names('müller')).toEqual(['René Müller'])
    expect(names('muller')).toEqual(['René Müller'])
    expect(names('ahlen')).toEqual([])
    expect(names('åhlen')).toEqual(['René Müller', 'Örjan Ek'])
  })

  it('searches name, organisation, title and e-mail, all words required', () => {
    expect(names('skärholm')).toEqual(['anna Berg', 'Zlatan Andersson'])
    expect(names('skärholm kommunpol')).toEqual(['Zlatan Andersson'])
    expect(names('rektor')).toEqual(['Åsa Öberg'])
    expect(names('ASA.OBERG@')).toEqual(['Åsa Öberg'])
    expect(names('berg')).toEqual(['anna Berg', 'Åsa Öberg'])
    expect(names('polis rektor')).toEqual([])
  })

  it('filters by group and organisation kind, together with the query', () => {
    expect(names('', { groupId: 'group-one' })).toEqual(['Zlatan Andersson', 'Ärla Björk'])
    expect(names('', { organisationKind: 'business' })).toEqual(['René Müller', 'Örjan Ek'])
    expect(names('ek', { organisationKind: 'business' })).toEqual(['Örjan Ek'])
    expect(names('', { organisationId: 'org-polis' })).toEqual(['anna Berg', 'Zlatan Andersson'])
  })

  it('lists built-in groups first, then her own alphabetically', () => {
    const g = (id: string, name: string, kind: string) => GroupSchema.parse({ id, name, kind, createdAt: T, updatedAt: T })
    const sorted = sortGroups([g('group-own2', 'Ölands vänner', 'custom'), g('group-own1', 'Arbetsgrupp', 'custom'), g('group-assoc', 'Föreningsliv', 'associations'), g('group-bra', 'Kallade', 'councilInvitees')])
    expect(sorted.map((x) => x.id)).toEqual(['group-bra', 'group-assoc', 'group-own1', 'group-own2'])
  })
})
