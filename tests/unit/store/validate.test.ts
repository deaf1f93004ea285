import { describe, expect, it } from 'vitest'
import { produce } from '../../../src/main/store/draft'
import { validateChange } from '../../../src/main/store/validate'
import { DatabaseSchema, type Database } from '../../../src/shared/domain/database'
import { benchDatabase } from '../../../scripts/bench/data'

const committed = benchDatabase(0.05)

/** Changes services make, valid and not; each must be judged exactly as a full DatabaseSchema parse would. */
const CHANGES: [string, (db: Database) => void][] = [
  ['edit a contact', (db) => void (db.contacts[3].phone = ' 070-111 22 33 ')],
  ['add a contact with defaults missing', (db) => void db.contacts.push({ id: 'nykontakt1', name: ' Ny Person ', createdAt: '2026-11-26T10:00:00.000Z', updatedAt: '2026-11-26T10:00:00.000Z' } as never)],
  ['remove a registration', (db) => void db.registrations.splice(4, 1)],
  ['edit minutes deep inside a meeting', (db) => void db.meetings[1].agenda[2].notes.content.push({ type: 'paragraph', content: [{ type: 'text', text: 'Ny rad' }] })],
  ['edit settings', (db) => void (db.settings.councilName = 'Skärholmen')],
  ['bad time deep in a meeting', (db) => void (db.meetings[2].agenda[0].startTime = '25:00')],
  ['bad e-mail on a contact', (db) => void (db.contacts[0].email = 'inte-en-adress')],
  ['bad seats on a registration', (db) => void (db.registrations[7].seats = 0)],
  ['bad settings', (db) => void (db.settings.dietaryRetentionDays = -1)],
  ['bad schema version', (db) => void ((db as { schemaVersion: number }).schemaVersion = 99)],
  ['a whole list replaced by garbage', (db) => void ((db as unknown as { seminars: unknown }).seminars = 'inga')],
  ['an unknown top-level key', (db) => void ((db as unknown as { extra: number }).extra = 1)]
]

describe('validateChange', () => {
  for (const [name, change] of CHANGES) {
    it(`judges "${name}" exactly as a full parse does`, () => {
      const { next } = produce(committed, change)
      const full = DatabaseSchema.safeParse(next)
      const incremental = validateChange(committed, next)
      expect(incremental.ok).toBe(full.success)
      if (incremental.ok && full.success) expect(incremental.db).toEqual(full.data)
      if (!incremental.ok && !full.success) {
        expect(incremental.paths).toContain(full.error.issues[0].path.map(String).join('.'))
      }
    })
  }

  it('does not re-parse records that are unchanged', () => {
    const { next } = produce(committed, (db) => void (db.contacts[0].title = 'Rektor'))
    const checked = validateChange(committed, next)
    if (!checked.ok) throw new Error(checked.paths)
    expect(checked.db.contacts[1]).toBe(committed.contacts[1])
    expect(checked.db.meetings).toBe(committed.meetings)
    expect(checked.db.contacts[0]).not.toBe(committed.contacts[0])
  })
})
