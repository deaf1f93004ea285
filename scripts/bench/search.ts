/**
 * Search at 5,000 contacts in Node: the shared search function the renderer runs on
 * every keystroke, timed over typed prefixes against an empty-query baseline from the
 * same run. The Chromium keystroke-to-screen measurement is scripts/bench/search-ui.ts.
 */
import { performance } from 'node:perf_hooks'
import { buildSearchIndex, searchContacts } from '../../src/shared/contacts/search'
import type { Contact, Organisation, OrganisationKind } from '../../src/shared/domain/contacts'
import { ms, percentile, printTable, type BenchSection } from './section'

/** Sub-millisecond times need more decimals than the shared ms(). */
const fine = (value: number): string => `${value.toFixed(3)} ms`

const FIRST = ['Anna', 'Åsa', 'Björn', 'Örjan', 'Märta', 'René', 'Karin', 'Lars', 'Sofia', 'Göran', 'Eva', 'Jörgen', 'Ulla', 'Mohammed', 'Fatima', 'Ärla']
const LAST = ['Lindqvist', 'Åström', 'Öberg', 'Ekdahl', 'Müller', 'Nordström', 'Hägg', 'Berg', 'Ängström', 'Holm', 'Strand', 'Karlsson', 'Yilmaz', 'Lindé']
const TITLES = ['Kommunpolis', 'Rektor', 'Fältassistent', 'Områdeschef', 'Ordförande', 'Brandinspektör', 'Kurator', 'Butikschef', '']
const ORG_KINDS: OrganisationKind[] = ['police', 'school', 'fireRescue', 'housing', 'business', 'association', 'city', 'other']
const ORG_WORDS = ['Skärholmen', 'Hägersten', 'Liljeholmen', 'Västberga', 'Fruängen', 'Älvsjö', 'Mälarhöjden', 'Örby', 'Telefonplan', 'Midsommarkransen']

/** A deterministic register of `count` people in 300 organisations with Swedish names. */
export function syntheticRegister(count = 5000): { contacts: Contact[]; organisations: Organisation[] } {
  const at = '2026-01-15T08:00:00.000Z'
  const organisations: Organisation[] = Array.from({ length: 300 }, (_, o) => ({
    id: `org${String(o).padStart(8, '0')}`,
    name: `${['Föreningen', 'Skolan i', 'Butik', 'Bostäder'][o % 4]} ${ORG_WORDS[o % ORG_WORDS.length]} ${o}`,
    kind: ORG_KINDS[o % ORG_KINDS.length],
    createdAt: at,
    updatedAt: at
  }))
  const contacts: Contact[] = Array.from({ length: count }, (_, c) => {
    const last = LAST[Math.floor(c / FIRST.length) % LAST.length]
    // A double surname for some, so names are as varied as a real register's.
    const name = `${FIRST[c % FIRST.length]} ${last}${c % 5 === 0 ? `-${LAST[(c * 7) % LAST.length]}` : ''}`
    return {
      id: `con${String(c).padStart(8, '0')}`,
      name,
      title: TITLES[c % TITLES.length],
      organisationId: organisations[(c * 13) % organisations.length].id,
      email: `person${c}@example.org`,
      phone: '08-508 22 030',
      groupIds: [],
      notes: '',
      createdAt: at,
      updatedAt: at
    }
  })
  return { contacts, organisations }
}

/** What she types into the search box, in Node and in the Chromium bench alike. */
export const TYPED_WORDS = ['skärholmen', 'lindqvist', 'rektor', 'åsa öberg', 'föreningen fru', 'müller', 'person4711@', 'hägg', 'mälarhöjden 3', 'brandinspektör', 'karin ekdahl', 'västberga']

/** 100 queries as she types them: every prefix of a few words, and two-word queries. */
export function typedQueries(): string[] {
  const queries = TYPED_WORDS.flatMap((w) => Array.from({ length: w.length }, (_, i) => w.slice(0, i + 1)))
  return queries.slice(0, 100)
}

function time(fn: () => void): number {
  const start = performance.now()
  fn()
  return performance.now() - start
}

/** Measures query and baseline times; returns them so other runners (and tests) can use them. */
export function measureSearch(count = 5000) {
  const { contacts, organisations } = syntheticRegister(count)
  const index = buildSearchIndex(contacts, organisations) // first build also warms up the collator
  const buildTimes = Array.from({ length: 10 }, () => time(() => buildSearchIndex(contacts, organisations)))
  const queries = typedQueries()
  for (const q of queries) searchContacts(index, q) // warm up the JIT before timing
  const queryTimes = queries.map((q) => time(() => searchContacts(index, q)))
  const baselineTimes = queries.map(() => time(() => searchContacts(index, '')))
  return { count, queries: queries.length, buildTimes, queryTimes, baselineTimes }
}

const section: BenchSection = {
  title: 'Kontakter: sökning i minnet (Node, delad sökfunktion)',
  async run({ smoke }) {
    const r = measureSearch(smoke ? 200 : 5000)
    const p = (values: number[], n: number) => percentile(values, n)
    printTable(
      [`${r.count.toLocaleString('sv-SE')} kontakter`, 'p50', 'p95'],
      [
        ['bygga sökindex (vid ändring)', ms(p(r.buildTimes, 50)), ms(p(r.buildTimes, 95))],
        [`sökning, ${r.queries} skrivna prefix`, fine(p(r.queryTimes, 50)), fine(p(r.queryTimes, 95))],
        ['baslinje: tom sökning', fine(p(r.baselineTimes, 50)), fine(p(r.baselineTimes, 95))],
        [
          'kvot sökning/baslinje',
          (p(r.queryTimes, 50) / p(r.baselineTimes, 50)).toFixed(2),
          (p(r.queryTimes, 95) / p(r.baselineTimes, 95)).toFixed(2)
        ]
      ]
    )
  }
}

export default section
