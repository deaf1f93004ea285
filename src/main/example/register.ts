import type { Contact, Group, GroupKind, Organisation, OrganisationKind } from '../../shared/domain/contacts'
import type { ExampleBuild } from './build'
import { EXAMPLE_IDS } from './ids'

const ORGANISATIONS: [key: string, name: string, kind: OrganisationKind][] = [
  ['ex-org-sdn', 'Hägersten-Liljeholmens stadsdelsnämnd', 'city'],
  ['ex-org-sdf', 'Hägersten-Liljeholmens stadsdelsförvaltning', 'city'],
  ['ex-org-police', 'Polisen Lpo Skärholmen', 'police'],
  ['ex-org-fire', 'Storstockholms brandförsvar', 'fireRescue'],
  ['ex-org-school', 'Mälarhöjdens skola', 'school'],
  ['ex-org-housing', 'Hägerstens Bostäder AB', 'housing'],
  ['ex-org-bakery', 'Liljeholmens Bageri AB', 'business'],
  ['ex-org-bikes', 'Telefonplans Cykel & Sport', 'business'],
  ['ex-org-grocer', 'Västertorps Livs AB', 'business'],
  ['ex-org-restaurant', 'Restaurang Telefonplan', 'business'],
  ['ex-org-sports', 'Västertorps IF', 'association'],
  ['ex-org-nightwalk', 'Nattvandrarna i Liljeholmen', 'association']
]

const GROUPS: [key: string, name: string, kind: GroupKind][] = [
  [EXAMPLE_IDS.councilInviteesGroup, 'Lokala BRÅ – kallade', 'councilInvitees'],
  [EXAMPLE_IDS.businessGroup, 'Näringslivet', 'business'],
  [EXAMPLE_IDS.associationsGroup, 'Föreningslivet', 'associations']
]

export interface ExampleInvitee {
  key: string
  name: string
  /** Role and organisation exactly as the 2019-02-22 minutes list them under "Kallade". */
  role: string
  title: string
  organisation: string
  email: string
  phone?: string
}

/** The nine invitees of the 2019-02-22 minutes, in the minutes' order. */
export const EXAMPLE_INVITEES: ExampleInvitee[] = [
  invitee('01', 'Abit Dundar', 'Ordförande stadsdelsnämnden', 'Ordförande stadsdelsnämnden', 'ex-org-sdn'),
  invitee('02', 'Anders Carstorp', 'Stadsdelsdirektör', 'Stadsdelsdirektör', 'ex-org-sdf'),
  invitee('03', 'Ann-Marie Strömberg', 'Nämndledamot', 'Nämndledamot', 'ex-org-sdn'),
  invitee('04', 'Clas Cederlid', 'Preventionssamordnare', 'Preventionssamordnare', 'ex-org-sdf'),
  {
    ...invitee('05', 'Stina Lundmark', 'Tillsynshandläggare', 'Tillsynshandläggare', 'ex-org-sdf'),
    // The only address and phone the minutes give (their contact block).
    email: 'stina.pernilla.lundmark@stockholm.se',
    phone: '08-508 22 030'
  },
  invitee('06', 'Joakim Ifver', 'Storstockholms brandförsvar', '', 'ex-org-fire'),
  invitee('07', 'Linda Palo', 'Avdelningschef samhällsplanering', 'Avdelningschef samhällsplanering', 'ex-org-sdf'),
  invitee('08', 'Gith Haring', 'Kurator Mälarhöjdens skola', 'Kurator', 'ex-org-school'),
  invitee('09', 'Toni Mellblom', 'Avdelningschef social omsorg', 'Avdelningschef social omsorg', 'ex-org-sdf')
]

/** Everyone else in the register: the consultant from item 5, business and association contacts. */
const OTHERS: [key: string, name: string, title: string, org: string, group: string | null][] = [
  ['10', 'Bengt ”Spider” Jansson', 'Konsult, samverkan med närings- och föreningslivet', 'ex-org-sdf', null],
  ['11', 'Maria Lindqvist', 'Butikschef', 'ex-org-bakery', EXAMPLE_IDS.businessGroup],
  ['12', 'Omar Haddad', 'Ägare', 'ex-org-bikes', EXAMPLE_IDS.businessGroup],
  ['13', 'Karin Berg', 'Ägare', 'ex-org-grocer', EXAMPLE_IDS.businessGroup],
  ['14', 'Johan Ek', 'Förvaltare', 'ex-org-housing', EXAMPLE_IDS.businessGroup],
  ['15', 'Sara Nilsson', 'Restaurangchef', 'ex-org-restaurant', EXAMPLE_IDS.businessGroup],
  ['16', 'Peter Holm', 'Säkerhetsansvarig', 'ex-org-housing', EXAMPLE_IDS.businessGroup],
  ['17', 'Leila Svensson', 'Ordförande', 'ex-org-sports', EXAMPLE_IDS.associationsGroup],
  ['18', 'Erik Dahl', 'Samordnare', 'ex-org-nightwalk', EXAMPLE_IDS.associationsGroup]
]

function invitee(n: string, name: string, role: string, title: string, organisation: string): ExampleInvitee {
  return { key: `ex-contact-${n}`, name, role, title, organisation, email: exampleEmail(name) }
}

/** The minutes give no addresses: the reserved example.org domain stands in (RFC 2606). */
export function exampleEmail(name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[”"]\w+[”"]\s*/g, '')
    .toLowerCase()
  return `${ascii.trim().split(/\s+/).join('.')}@example.org`
}

export function exampleOrganisations(b: ExampleBuild): Organisation[] {
  return ORGANISATIONS.map(([key, name, kind]) => ({ id: b.id(key), name, kind, createdAt: b.at(), updatedAt: b.at() }))
}

export function exampleGroups(b: ExampleBuild): Group[] {
  return GROUPS.map(([key, name, kind]) => ({ id: b.id(key), name, kind, createdAt: b.at(), updatedAt: b.at() }))
}

export function exampleContacts(b: ExampleBuild): Contact[] {
  const contact = (key: string, name: string, title: string, org: string, groups: string[]): Contact => ({
    id: b.id(key),
    name,
    title,
    organisationId: b.id(org),
    email: exampleEmail(name),
    phone: '',
    groupIds: groups.map((g) => b.id(g)),
    notes: '',
    createdAt: b.at(),
    updatedAt: b.at()
  })
  const invitees = EXAMPLE_INVITEES.map((i) => ({
    ...contact(i.key, i.name, i.title, i.organisation, [EXAMPLE_IDS.councilInviteesGroup]),
    email: i.email,
    phone: i.phone ?? ''
  }))
  const others = OTHERS.map(([n, name, title, org, group]) =>
    contact(`ex-contact-${n}`, name, title, org, group ? [group] : [])
  )
  return [...invitees, ...others]
}
