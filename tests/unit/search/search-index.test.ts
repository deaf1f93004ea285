import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { exampleDatabase } from '../../../src/main/example'
import { SearchService } from '../../../src/main/services/search/service'
import { openStore, type DataStore } from '../../../src/main/store'
import type { SearchResult } from '../../../src/shared/contract/search'
import { movableClock, recordingLog, tempDir } from '../store/helpers'

const at = '2019-03-01T08:00:00.000Z'
const clock = movableClock(at).now

/** What she sees of a result: per group heading-kind, each hit's title as text. */
const titles = (r: SearchResult) => Object.fromEntries(r.groups.map((g) => [g.kind, g.hits.map((h) => h.title.map((s) => s.text).join(''))]))
/** The words marked in a hit's title, detail line and excerpt. */
const marked = (r: SearchResult, kind: string) => r.groups.find((g) => g.kind === kind)!.hits.flatMap((h) => [...h.title, ...h.detail, ...h.excerpt].filter((s) => s.match).map((s) => s.text))

let store: DataStore
let search: SearchService

beforeEach(async () => {
  store = await openStore({ dataDir: await tempDir(), clock, log: recordingLog() })
  await store.update((db) => void Object.assign(db, exampleDatabase()))
  search = new SearchService(store)
  await search.start()
})
afterEach(async () => store.close())

const contact = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
  id, name, title: '', organisationId: null, email: '', phone: '', groupIds: [], notes: '', createdAt: at, updatedAt: at, ...extra
})

describe('search index: kept up to date from the store', () => {
  it('finds a contact added, changed and removed through store updates', async () => {
    await store.update((db) => void db.contacts.push(contact('c-new-0001', 'Åsa Trygghetsvärd')))
    expect(titles(await search.query('trygghetsvärd')).contact).toEqual(['Åsa Trygghetsvärd'])
    await store.update((db) => void (db.contacts.find((c) => c.id === 'c-new-0001')!.name = 'Åsa Nattvandrare'))
    expect((await search.query('trygghetsvärd')).groups).toEqual([])
    expect(titles(await search.query('nattvandrare')).contact).toEqual(['Åsa Nattvandrare'])
    await store.update((db) => void (db.contacts = db.contacts.filter((c) => c.id !== 'c-new-0001')))
    expect((await search.query('nattvandrare')).groups).toEqual([])
  })

  it('redoes only what changed: other records stay the very documents they were', async () => {
    const before = search.index.size
    await store.update((db) => void db.contacts.push(contact('c-new-0002', 'Bo Ek')))
    expect(search.index.size).toBe(before + 1)
  })

  it('a renamed organisation is found through its people', async () => {
    const org = store.read().organisations[0]
    await store.update((db) => {
      db.contacts.push(contact('c-new-0003', 'Per Holm', { organisationId: org.id }))
      db.organisations[0].name = 'Grannsamverkan Midsommarkransen'
    })
    expect(titles(await search.query('grannsamverkan per')).contact).toEqual(['Per Holm'])
    await store.update((db) => void (db.organisations[0].name = 'Fastighetsägarna Söder'))
    expect(titles(await search.query('fastighetsägarna per')).contact).toEqual(['Per Holm'])
    expect((await search.query('grannsamverkan per')).groups).toEqual([])
  })

  it('an import of many people at once is applied in slices, and a query waits for it', async () => {
    const people = Array.from({ length: 800 }, (_, i) => contact(`c-imp-${String(i).padStart(4, '0')}`, `Importerad${i} Person`))
    await store.update((db) => void db.contacts.push(...people))
    const r = await search.query('importerad799')
    expect(titles(r).contact).toEqual(['Importerad799 Person'])
    expect(r.groups[0].total).toBe(1)
    expect((await search.query('person')).groups.find((g) => g.kind === 'contact')!.total).toBe(800)
  })

  it('follows a whole register replaced (a restore)', async () => {
    const db = structuredClone(store.read()) as ReturnType<typeof exampleDatabase>
    db.contacts = [contact('c-only-0001', 'Ensam Kvar')]
    await store.replaceAll(db)
    expect(titles(await search.query('ensam')).contact).toEqual(['Ensam Kvar'])
    expect(titles(await search.query('västertorp')).contact).toBeUndefined()
  })
})

describe('search index: words as she types them', () => {
  it('"polis" finds Polisen and kommunpolis (prefix and inside a word)', async () => {
    await store.update((db) => {
      db.contacts.push(contact('c-new-0004', 'Lena Lind', { title: 'Kommunpolis' }))
      db.organisations.push({ id: 'o-new-0001', name: 'Polisen Lpo Skärholmen', kind: 'police', createdAt: at, updatedAt: at })
    })
    const r = await search.query('polis')
    expect(titles(r).organisation).toContain('Polisen Lpo Skärholmen')
    expect(titles(r).contact).toContain('Lena Lind')
    expect(marked(r, 'contact')).toContain('Kommunpolis')
  })

  it('keeps å, ä and ö their own letters and folds é and ü', async () => {
    await store.update((db) => {
      db.contacts.push(contact('c-new-0005', 'René Müller'), contact('c-new-0006', 'Åke Öberg'), contact('c-new-0007', 'Ake Oberg'))
    })
    expect(titles(await search.query('rene muller')).contact).toEqual(['René Müller'])
    expect(titles(await search.query('RENÉ')).contact).toEqual(['René Müller'])
    expect(titles(await search.query('åke öberg')).contact).toEqual(['Åke Öberg'])
    expect(titles(await search.query('ake oberg')).contact).toEqual(['Ake Oberg'])
  })

  it('every word must match', async () => {
    await store.update((db) => void db.contacts.push(contact('c-new-0008', 'Ylva Fruängen'), contact('c-new-0009', 'Ylva Mälarhöjden')))
    expect(titles(await search.query('ylva')).contact).toEqual(['Ylva Fruängen', 'Ylva Mälarhöjden'])
    expect(titles(await search.query('ylva fruä')).contact).toEqual(['Ylva Fruängen'])
    expect((await search.query('ylva fruängen mälarhöjden')).groups).toEqual([])
  })

  it('finds the February meeting by a word in its notes, with the word marked in the excerpt', async () => {
    const r = await search.query('Västertorp')
    const meeting = r.groups.find((g) => g.kind === 'meeting')!
    expect(meeting.hits.map((h) => h.route)).toContainEqual({ view: 'meetings', params: [expect.any(String)] })
    const hit = meeting.hits.find((h) => h.excerpt.some((s) => s.match && s.text === 'Västertorp'))!
    expect(hit.title.map((s) => s.text).join('')).toContain('2019')
    const text = hit.excerpt.map((s) => s.text).join('')
    expect(text).toContain('Liljeholmen, Västertorp, ungdomar')
    expect(text.length).toBeLessThan(200)
  })

  it('groups by kind in a fixed order, each hit with its route', async () => {
    const r = await search.query('västertorp')
    const kinds = r.groups.map((g) => g.kind)
    expect(kinds).toEqual([...kinds].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b)))
    expect(kinds).toContain('organisation')
    expect(kinds).toContain('meeting')
    const org = r.groups.find((g) => g.kind === 'organisation')!
    expect(org.hits[0].route).toEqual({ view: 'contacts', params: ['organisations', org.hits[0].id] })
    expect(org.total).toBeGreaterThanOrEqual(org.hits.length)
  })

  it('finds a priority area by its name, description and data sources, opening in Lägesbild', async () => {
    const area = { id: 'a-new-0001', name: 'Trygghetsvandringar Fruängen', kind: 'place' as const, description: 'Kvällar med nattvandrare.', activeSince: null, closedOn: null, dataSources: ['Nattvandrarnas loggböcker'], createdAt: at, updatedAt: at }
    await store.update((db) => void db.priorityAreas.push(area))
    const r = await search.query('nattvandrarnas loggböck')
    const areas = r.groups.find((g) => g.kind === 'area')!
    expect(areas.hits.map((h) => [h.title.map((s) => s.text).join(''), h.route])).toEqual([['Trygghetsvandringar Fruängen', { view: 'lagesbild', params: ['a-new-0001'] }]])
    expect(areas.hits[0].excerpt.filter((s) => s.match).map((s) => s.text)).toEqual(['Nattvandrarnas', 'loggböcker'])
    await store.update((db) => void (db.priorityAreas = db.priorityAreas.filter((a) => a.id !== 'a-new-0001')))
    expect((await search.query('nattvandrarnas loggböck')).groups).toEqual([])
  })

  it('never indexes dietary needs (health data)', async () => {
    const reg = store.read().registrations.find((r) => r.dietaryNeeds)!
    expect((await search.query(reg.dietaryNeeds)).groups.find((g) => g.kind === 'registration')).toBeUndefined()
  })

  it('answers nothing for an empty query or punctuation alone', async () => {
    expect((await search.query('  ')).groups).toEqual([])
    expect((await search.query('–,.')).groups).toEqual([])
  })
})

describe('search index: the answer to each keystroke', () => {
  const ids = (r: SearchResult, kind: string) => r.groups.find((g) => g.kind === kind)?.hits.map((h) => h.id)
  const total = (r: SearchResult, kind: string) => r.groups.find((g) => g.kind === kind)?.total

  it('a broad word shows the best few of a kind and counts every match', async () => {
    await store.update((db) => void db.contacts.push(...Array.from({ length: 12 }, (_, i) => contact(`c-bred-${String(i).padStart(4, '0')}`, `Bredordsson ${i}`, { notes: i % 3 === 0 ? 'Bredordsson bredordsson' : '' }))))
    const few = await search.query('bredordsson', 5)
    const all = await search.query('bredordsson', 20)
    expect(total(few, 'contact')).toBe(12)
    expect(total(all, 'contact')).toBe(12)
    expect(ids(all, 'contact')).toHaveLength(12)
    // The best first: the four whose notes repeat the word lead, as in the full list.
    expect(ids(few, 'contact')).toEqual(ids(all, 'contact')!.slice(0, 5))
    expect(ids(few, 'contact')!.slice(0, 4).sort()).toEqual(['c-bred-0000', 'c-bred-0003', 'c-bred-0006', 'c-bred-0009'])
  })

  it('the same words again (a space, a lone letter) answer for the text typed now, and anew after a change', async () => {
    await store.update((db) => void db.contacts.push(contact('c-new-0010', 'Ylva Fruängen')))
    const first = await search.query('ylva')
    const spaced = await search.query('ylva ')
    expect(spaced.text).toBe('ylva ')
    expect(spaced.groups).toEqual(first.groups)
    expect((await search.query('ylva m')).groups).toEqual(first.groups)
    await store.update((db) => void db.contacts.push(contact('c-new-0011', 'Ylva Mälarhöjden')))
    expect(titles(await search.query('ylva ')).contact).toEqual(['Ylva Fruängen', 'Ylva Mälarhöjden'])
    expect(total(await search.query('ylva ', 1), 'contact')).toBe(2)
    expect(ids(await search.query('ylva ', 1), 'contact')).toHaveLength(1)
  })
})

const ORDER = ['contact', 'organisation', 'meeting', 'assignment', 'seminar', 'registration', 'area']
