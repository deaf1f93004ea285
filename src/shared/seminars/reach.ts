import { nameKey } from '../contacts/normalise'
import type { Organisation } from '../domain/contacts'
import type { Registration, Seminar } from '../domain/seminars'
import type { Reach, ReachFigures } from './reach-schema'

type Org = Pick<Organisation, 'id' | 'name' | 'kind'>
type Kind = 'business' | 'association' | 'other'

/** The organisation a registration reached, with its kind in the register (typed names are looked up by name). */
function reachedOrganisation(r: Registration, byId: Map<string, Org>, byName: Map<string, Org>): { key: string; kind: Kind } | null {
  const org = (r.organisationId !== null ? byId.get(r.organisationId) : undefined) ?? byName.get(nameKey(r.organisation))
  if (org) return { key: org.id, kind: org.kind === 'business' || org.kind === 'association' ? org.kind : 'other' }
  const typed = nameKey(r.organisation)
  return typed === '' ? null : { key: `typed:${typed}`, kind: 'other' }
}

const percent = (part: number, whole: number): number | null => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10)

interface Input {
  seminars: readonly Seminar[]
  registrations: readonly Registration[]
  organisations: readonly Org[]
}

/** The figures of the seminars in `held` and the registrations made for `all` of the period's seminars. */
function figures(year: number | null, held: readonly Seminar[], all: readonly Seminar[], input: Input): ReachFigures {
  const byId = new Map(input.organisations.map((o) => [o.id, o]))
  const byName = new Map<string, Org>()
  for (const o of input.organisations) if (!byName.has(nameKey(o.name))) byName.set(nameKey(o.name), o)
  const heldIds = new Set(held.map((s) => s.id))
  const allIds = new Set(all.map((s) => s.id))
  const f: ReachFigures = {
    year, seminarsHeld: held.length, registrations: 0, attended: 0, noShows: 0, noShowPercent: null, walkIns: 0,
    organisations: { business: 0, association: 0, other: 0, total: 0 }, returningOrganisations: 0, newContacts: 0
  }
  const seminarsOf = new Map<string, { kind: Kind; seminars: Set<string> }>()
  for (const r of input.registrations) {
    if (allIds.has(r.seminarId) && r.addedToRegister) f.newContacts++
    if (!heldIds.has(r.seminarId)) continue
    if (!r.walkIn && (r.status === 'booked' || r.status === 'attended' || r.status === 'noShow')) f.registrations++
    if (r.status === 'noShow') f.noShows++
    if (r.status !== 'attended') continue
    f.attended++
    if (r.walkIn) f.walkIns++
    const org = reachedOrganisation(r, byId, byName)
    if (!org) continue
    const seen = seminarsOf.get(org.key) ?? { kind: org.kind, seminars: new Set<string>() }
    seen.seminars.add(r.seminarId)
    seminarsOf.set(org.key, seen)
  }
  for (const { kind, seminars } of seminarsOf.values()) {
    f.organisations[kind]++
    f.organisations.total++
    if (seminars.size > 1) f.returningOrganisations++
  }
  f.noShowPercent = percent(f.noShows, f.registrations)
  return f
}

const yearOf = (s: Seminar): number => Number(s.date.slice(0, 4))

/**
 * Reach per year (by the seminar's date) and in total, for Översikt and the yearly
 * report. Only held seminars count towards attendance and organisations; new contacts
 * are counted for every seminar of the year (she added them whether or not it was held).
 */
export function computeReach(input: Input): Reach {
  const years = [...new Set(input.seminars.map(yearOf))].sort((a, b) => a - b)
  const held = input.seminars.filter((s) => s.status === 'held')
  return {
    years: years.map((y) => figures(y, held.filter((s) => yearOf(s) === y), input.seminars.filter((s) => yearOf(s) === y), input)),
    total: figures(null, held, input.seminars, input)
  }
}
