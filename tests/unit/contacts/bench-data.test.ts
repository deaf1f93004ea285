import { describe, expect, it } from 'vitest'
import { syntheticRegister, typedQueries } from '../../../scripts/bench/search'
import { buildSearchIndex, searchContacts } from '../../../src/shared/contacts/search'
import { ContactSchema, OrganisationSchema } from '../../../src/shared/domain/contacts'

describe('search bench data', () => {
  it('is a valid register whose typed queries narrow the list the way typing does', () => {
    const { contacts, organisations } = syntheticRegister(5000)
    expect(() => contacts.forEach((c) => ContactSchema.parse(c))).not.toThrow()
    expect(() => organisations.forEach((o) => OrganisationSchema.parse(o))).not.toThrow()
    expect(new Set(contacts.map((c) => c.name)).size).toBeGreaterThan(250)
    const index = buildSearchIndex(contacts, organisations)
    const queries = typedQueries()
    expect(queries).toHaveLength(100)
    const counts = queries.map((q) => searchContacts(index, q).length)
    // Every typed query finds someone, and longer prefixes never find more.
    expect(counts.every((n) => n > 0)).toBe(true)
    for (let i = 1; i < queries.length; i++) {
      if (queries[i].startsWith(queries[i - 1])) expect(counts[i]).toBeLessThanOrEqual(counts[i - 1])
    }
    expect(counts[0]).toBeGreaterThan(counts[9])
  })
})
