import { describe, expect, it } from 'vitest'
import { exampleDatabase } from '../../src/main/example'
import { runStartupTasks } from '../../src/main/services/startup-tasks'
import { memoryStore, testContext } from '../support/context'

describe('startup housekeeping', () => {
  it('clears expired dietary needs once and does not rewrite the file when nothing expired', async () => {
    const db = exampleDatabase()
    const withDiet = db.registrations.filter((r) => r.dietaryNeeds !== '').length
    expect(withDiet).toBeGreaterThan(0)
    const store = memoryStore(db)
    const ctx = testContext({ store, clock: () => new Date('2026-11-26T10:00:00Z') })

    await runStartupTasks(ctx)
    expect(store.read().registrations.filter((r) => r.dietaryNeeds !== '')).toHaveLength(0)
    expect(store.writes).toBe(1)

    await runStartupTasks(ctx)
    expect(store.writes).toBe(1)
  })

  it('keeps dietary needs while the seminar is within the retention period', async () => {
    const db = exampleDatabase()
    const seminarDate = db.seminars[0].date
    const store = memoryStore(db)
    const ctx = testContext({ store, clock: () => new Date(`${seminarDate}T12:00:00Z`) })
    await runStartupTasks(ctx)
    expect(store.writes).toBe(0)
    expect(store.read().registrations.some((r) => r.dietaryNeeds !== '')).toBe(true)
  })
})
