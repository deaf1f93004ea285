import type { RegisterCounts, ReplacePreview } from '../../../shared/contract/backups'
import type { Database } from '../../../shared/domain/database'

export const countsOf = (db: Readonly<Database>): RegisterCounts => ({
  contacts: db.contacts.length,
  meetings: db.meetings.length,
  seminars: db.seminars.length
})

const missingFrom = (now: readonly { id: string }[], incoming: readonly { id: string }[]): number => {
  const kept = new Set(incoming.map((r) => r.id))
  return now.filter((r) => !kept.has(r.id)).length
}

/** What putting `incoming` in place of `current` changes, by count and by what would be lost. */
export function previewReplace(current: Readonly<Database>, incoming: Readonly<Database>): ReplacePreview {
  return {
    current: countsOf(current),
    incoming: countsOf(incoming),
    lost: {
      contacts: missingFrom(current.contacts, incoming.contacts),
      meetings: missingFrom(current.meetings, incoming.meetings),
      seminars: missingFrom(current.seminars, incoming.seminars)
    }
  }
}
