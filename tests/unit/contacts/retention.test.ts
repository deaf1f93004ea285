import { describe, expect, it } from 'vitest'
import { applyDietaryRetention } from '../../../src/main/services/retention'
import { DatabaseSchema } from '../../../src/shared/domain/database'
import { seededDatabase } from './support'

describe('applyDietaryRetention', () => {
  // The seeded seminar is on 2019-03-05 with two registrations holding dietary needs.
  it('keeps dietary needs until the retention days have passed after the seminar', () => {
    const db = seededDatabase()
    expect(applyDietaryRetention(db, '2019-03-05', 7)).toBe(0)
    expect(applyDietaryRetention(db, '2019-03-12', 7)).toBe(0)
    expect(db.registrations.map((r) => r.dietaryNeeds)).toEqual(['Glutenfri', '', 'Vegetarisk'])
    expect(db.seminars[0].dietaryErasedAt).toBeNull()
  })

  it('clears them once seminar date + days is before today, marks the seminar, and returns how many', () => {
    const db = seededDatabase()
    expect(applyDietaryRetention(db, '2019-03-13', 7)).toBe(2)
    expect(db.registrations.map((r) => r.dietaryNeeds)).toEqual(['', '', ''])
    expect(db.registrations.map((r) => r.name)).toEqual(['Anna Lindqvist', 'A. Lindqvist', 'Bertil Åström'])
    expect(db.seminars[0].dietaryErasedAt).toBe('2019-03-13T00:00:00.000Z')
    expect(db.registrations[0].updatedAt).toBe('2019-03-13T00:00:00.000Z')
    expect(() => DatabaseSchema.parse(db)).not.toThrow()
    expect(applyDietaryRetention(db, '2019-06-01', 7)).toBe(0)
    expect(db.seminars[0].dietaryErasedAt).toBe('2019-03-13T00:00:00.000Z')
  })

  it('with 0 days clears the day after the seminar, across a month end', () => {
    const db = seededDatabase()
    db.seminars[0].date = '2019-02-28'
    expect(applyDietaryRetention(db, '2019-02-28', 0)).toBe(0)
    expect(applyDietaryRetention(db, '2019-03-01', 0)).toBe(2)
  })
})
