/**
 * Kontakter search, as she feels it: in Chromium, with 5,000 contacts, the time from a
 * keystroke in the search box to the next painted frame with the filtered list. The
 * baseline, measured in the same run and the same way, is a keystroke that leaves the
 * query empty (space, then Backspace): the same list re-rendered in full without
 * narrowing. Printed as p50/p95 and the ratio; never a pass/fail test.
 *
 * Needs the built renderer (out/renderer); it is built first when missing.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import type { Page } from 'playwright-core'
import type { Contact, Organisation, OrganisationKind } from '../../src/shared/domain/contacts'
import type { Database } from '../../src/shared/domain/database'
import { Harness } from '../../tests/e2e/support/harness'
import { ms, percentile, printTable, type BenchSection } from './section'

const CONTACTS = 5000
/** Each typed character is one measured keystroke: 54 in all. */
const QUERIES = ['polis', 'andersson', 'skola', 'hägersten', 'ström', 'sara.1', 'rektor', 'liljeholm']
const BASELINE_ROUNDS = 20

const FIRST = ['Anna', 'Erik', 'Maria', 'Lars', 'Karin', 'Johan', 'Åsa', 'Mohammed', 'Sara', 'Per', 'Léa', 'Ömer', 'Eva', 'Nils', 'Fatima', 'Olle', 'Ingrid', 'Ali', 'Sofia', 'Björn']
const LAST = ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Gustafsson', 'Öberg', 'Åström', 'Lindqvist', 'Berg', 'Ström', 'Ek', 'Yilmaz', 'Hassan', 'Dupont', 'Björklund']
const TITLES = ['Rektor', 'Kommunpolis', 'Ordförande', 'Verksamhetschef', 'Fältassistent', 'Trygghetssamordnare', 'Butikschef', 'Fritidsledare']
const ORG_KINDS: [string, OrganisationKind][] = [
  ['Lokalpolisområde', 'police'],
  ['skolan', 'school'],
  ['Brandstation', 'fireRescue'],
  ['Bostäder AB', 'housing'],
  ['Handel AB', 'business'],
  ['IF', 'association'],
  ['stadsdelsförvaltning', 'city']
]
const PLACES = ['Hägersten', 'Liljeholmen', 'Älvsjö', 'Fruängen', 'Västberga', 'Midsommarkransen', 'Solberga', 'Örby', 'Telefonplan', 'Aspudden']

/** A deterministic register of `count` people in about count/8 organisations. */
export function benchRegister(count: number): Pick<Database, 'contacts' | 'organisations'> {
  const at = '2026-01-15T08:00:00.000Z'
  const organisations: Organisation[] = []
  for (let o = 0; o < Math.ceil(count / 8); o++) {
    const [suffix, kind] = ORG_KINDS[o % ORG_KINDS.length]
    const place = PLACES[Math.floor(o / ORG_KINDS.length) % PLACES.length]
    const name = `${place} ${suffix} ${Math.floor(o / (ORG_KINDS.length * PLACES.length)) + 1}`
    organisations.push({ id: `benchorg${String(o).padStart(6, '0')}`, name, kind, createdAt: at, updatedAt: at })
  }
  const contacts: Contact[] = []
  for (let c = 0; c < count; c++) {
    const first = FIRST[c % FIRST.length]
    const last = LAST[Math.floor(c / FIRST.length) % LAST.length]
    contacts.push({
      id: `benchcon${String(c).padStart(6, '0')}`,
      name: `${first} ${last} ${c}`,
      title: TITLES[c % TITLES.length],
      organisationId: organisations[c % organisations.length].id,
      email: `${first.toLowerCase()}.${c}@exempel.se`.normalize('NFD').replace(/[\u0300-\u036f]/g, ''),
      phone: '08-508 22 000',
      groupIds: [],
      notes: '',
      createdAt: at,
      updatedAt: at
    })
  }
  return { contacts, organisations }
}

/** The page's globals the probe uses (this file is type-checked without the DOM library). */
interface PageWindow {
  __keyTimes: number[]
  __pending: number | null
  document: { addEventListener(type: string, listener: () => void, capture?: boolean): void }
  requestAnimationFrame(callback: () => void): void
  MessageChannel: new () => { port1: { onmessage: (() => void) | null }; port2: { postMessage(v: unknown): void } }
}

/** In the page: keydown (capture) starts the clock; the frame after the input event stops it. */
function installProbe(): void {
  const w = globalThis as unknown as PageWindow
  w.__keyTimes = []
  w.__pending = null
  w.document.addEventListener('keydown', () => (w.__pending = performance.now()), true)
  // Characters off the US layout (å ä ö) are inserted as text, with no keydown.
  w.document.addEventListener('beforeinput', () => (w.__pending ??= performance.now()), true)
  w.document.addEventListener('input', () => {
    const start = w.__pending
    w.__pending = null
    if (start === null) return
    // rAF runs before this frame's layout and paint; the message after it runs once they are done.
    w.requestAnimationFrame(() => {
      const channel = new w.MessageChannel()
      channel.port1.onmessage = () => w.__keyTimes.push(performance.now() - start)
      channel.port2.postMessage(null)
    })
  })
}

/** Presses one key and returns its keystroke-to-painted-frame time. */
async function measuredPress(page: Page, key: string): Promise<number> {
  const before = await page.evaluate(() => (globalThis as unknown as PageWindow).__keyTimes.length)
  await (key.length === 1 ? page.keyboard.type(key) : page.keyboard.press(key))
  await page.waitForFunction((n) => (globalThis as unknown as PageWindow).__keyTimes.length > n, before)
  // A typing pace, so one keystroke's frame never overlaps the next.
  await page.waitForTimeout(40)
  return page.evaluate(() => (globalThis as unknown as PageWindow).__keyTimes.at(-1) ?? NaN)
}

async function measure(page: Page): Promise<{ search: number[]; baseline: number[]; narrowest: number }> {
  const search: number[] = []
  const baseline: number[] = []
  let narrowest = CONTACTS
  for (let round = 0; round < BASELINE_ROUNDS; round++) {
    baseline.push(await measuredPress(page, 'Space'), await measuredPress(page, 'Backspace'))
  }
  for (const query of QUERIES) {
    for (const char of query) search.push(await measuredPress(page, char))
    const shown = await page.getByTestId('contact-count').innerText()
    narrowest = Math.min(narrowest, Number(/^(\d+) av/.exec(shown)?.[1] ?? CONTACTS))
    await page.getByRole('searchbox', { name: 'Sök kontakter' }).fill('')
  }
  return { search, baseline, narrowest }
}

/** Runs the bench and prints its table; the section below is what `npm run bench` calls. */
export async function runSearchUiBench(): Promise<void> {
  if (!existsSync('out/renderer/index.html')) execFileSync('npx', ['electron-vite', 'build'], { stdio: 'ignore' })
  const harness = await Harness.start({ story: 'bench-search' })
  try {
    const { contacts, organisations } = benchRegister(CONTACTS)
    await harness.store.update((db) => {
      db.organisations.push(...organisations)
      db.contacts.push(...contacts)
    })
    const page = harness.page
    await page.evaluate(installProbe)
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('button', { name: 'Kontakter', exact: true }).click()
    await page.getByTestId('contact-count').filter({ hasText: `${CONTACTS} kontakter` }).waitFor()
    await page.keyboard.press('Control+f')
    const { search, baseline, narrowest } = await measure(page)
    const row = (label: string, v: number[]) => [label, String(v.length), ms(percentile(v, 50)), ms(percentile(v, 95)), ms(Math.max(...v))]
    printTable(['keystroke → painted list', 'n', 'p50', 'p95', 'max'], [
      row('search (narrowing)', search),
      row('baseline (empty query re-rendered)', baseline)
    ])
    const ratio = (p: number) => (percentile(search, p) / percentile(baseline, p)).toFixed(2)
    console.log(`\n${CONTACTS} contacts; narrowest result ${narrowest} rows. Ratio search/baseline: p50 ${ratio(50)}×, p95 ${ratio(95)}×`)
  } finally {
    await harness.close()
  }
}

const section: BenchSection = { title: 'Kontakter: search keystroke at 5,000 contacts (Chromium)', run: runSearchUiBench }
export default section
