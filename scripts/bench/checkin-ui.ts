/**
 * The door, as she feels it: in Chromium, a seminar with 3,000 registrations, the time
 * from a keystroke in the check-in search box to the next painted frame with the
 * filtered list. The baseline, measured in the same run the same way, is a keystroke that
 * leaves the query empty (space, then Backspace): the whole list re-rendered without
 * narrowing. Printed as p50/p95 and the ratio (goal ≤ 1.2×); never a pass/fail test.
 *
 * Needs the built renderer (out/renderer); it is built first when missing.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { RegistrationSchema, SeminarSchema, type Registration, type Seminar } from '../../src/shared/domain/seminars'
import { Harness } from '../../tests/e2e/support/harness'
import { syntheticRegister } from './search'
import { installProbe, measuredPress } from './search-ui'
import { ms, percentile, printTable, type BenchOptions, type BenchSection } from './section'

const REGISTRATIONS = 3000
/** Names and organisations she types at the door, one measured keystroke per character. */
const QUERIES = ['lindqvist', 'åsa öberg', 'hägg', 'karin ekdahl', 'skärholmen', 'västberga']
const BASELINE_ROUNDS = 20
const SEMINAR_ID = 'bench-seminar-0001'

interface Size {
  registrations: number
  queries: string[]
  rounds: number
}

/** One seminar (capacity for everyone) and its registrations, from the synthetic register's people. */
export function syntheticDoor(count: number): { seminar: Seminar; registrations: Registration[] } {
  const at = '2019-02-20T08:00:00.000Z'
  const { contacts, organisations } = syntheticRegister(count)
  const orgName = new Map(organisations.map((o) => [o.id, o.name]))
  const seminar = SeminarSchema.parse({
    id: SEMINAR_ID, kind: 'breakfast', target: 'business', theme: 'Bänk vid dörren', date: '2019-03-01', startTime: '07:30', endTime: '09:00',
    capacity: count, status: 'open', calendarUid: `${SEMINAR_ID}@bench`, createdAt: at, updatedAt: at
  })
  const registrations = contacts.map((c, i) =>
    RegistrationSchema.parse({
      id: `bench-reg-${String(i).padStart(6, '0')}`, seminarId: SEMINAR_ID, name: c.name, organisation: orgName.get(c.organisationId ?? '') ?? '',
      status: 'booked', registeredAt: at, updatedAt: at, history: [{ status: 'booked', at }]
    })
  )
  return { seminar, registrations }
}

/** "Visar 1 200 av 3 000" → 1200. */
function shownCount(text: string): number {
  const match = /^Visar ([\d\s]+?) av/u.exec(text.replace(/[\u00a0\u202f]/g, ' '))
  return match ? Number(match[1].replace(/\s/g, '')) : NaN
}

async function measure(page: Page, size: Size): Promise<{ search: number[]; baseline: number[]; narrowest: number }> {
  const search: number[] = []
  const baseline: number[] = []
  let narrowest = size.registrations
  for (let round = 0; round < size.rounds; round++) baseline.push(await measuredPress(page, 'Space'), await measuredPress(page, 'Backspace'))
  for (const query of size.queries) {
    for (const char of query) search.push(await measuredPress(page, char))
    narrowest = Math.min(narrowest, shownCount(await page.getByTestId('door-shown').innerText()))
    await page.getByRole('searchbox', { name: 'Sök namn eller organisation' }).fill('')
  }
  return { search, baseline, narrowest }
}

export async function runCheckInUiBench({ smoke }: BenchOptions = { smoke: false }): Promise<void> {
  const size: Size = smoke ? { registrations: 200, queries: QUERIES.slice(0, 1), rounds: 2 } : { registrations: REGISTRATIONS, queries: QUERIES, rounds: BASELINE_ROUNDS }
  if (!existsSync('out/renderer/index.html')) execFileSync('npx', ['electron-vite', 'build'], { stdio: 'ignore' })
  const harness = await Harness.start({ story: 'bench-checkin' })
  try {
    const { seminar, registrations } = syntheticDoor(size.registrations)
    await harness.store.update((db) => {
      db.seminars.push(seminar)
      db.registrations.push(...registrations)
    })
    const page = harness.page
    await page.evaluate(installProbe)
    await page.evaluate((id) => ((globalThis as unknown as { location: { hash: string } }).location.hash = `#/seminars/${id}/dorren`), SEMINAR_ID)
    await page.getByTestId('door-shown').filter({ hasText: /^Visar/ }).waitFor()
    if (shownCount(await page.getByTestId('door-shown').innerText()) !== size.registrations) throw new Error('the registrations did not load')
    await page.getByRole('searchbox', { name: 'Sök namn eller organisation' }).focus()
    const { search, baseline, narrowest } = await measure(page, size)
    const row = (label: string, v: number[]) => [label, String(v.length), ms(percentile(v, 50)), ms(percentile(v, 95)), ms(Math.max(...v))]
    printTable(['keystroke → painted door list', 'n', 'p50', 'p95', 'max'], [row('search (narrowing)', search), row('baseline (empty query re-rendered)', baseline)])
    const ratio = (p: number) => (percentile(search, p) / percentile(baseline, p)).toFixed(2)
    console.log(`\n${size.registrations} registrations; narrowest result ${narrowest} rows. Door ratio search/baseline: p50 ${ratio(50)}×, p95 ${ratio(95)}× (goal ≤ 1.2×)`)
  } finally {
    await harness.close()
  }
}

const section: BenchSection = { title: 'Seminarier: check-in search keystroke to painted list (Chromium)', run: runCheckInUiBench }
export default section
