import { describe, expect, it } from 'vitest'
import { byLastName, lastNameOf } from '../../../src/shared/contacts/order'
import { buildSearchIndex } from '../../../src/shared/contacts/search'
import type { Contact } from '../../../src/shared/domain/contacts'

const contact = (name: string, i: number): Contact => ({
  id: `c${i}`,
  name,
  title: '',
  organisationId: null,
  email: '',
  phone: '',
  groupIds: [],
  notes: '',
  createdAt: '2019-02-22T08:00:00.000Z',
  updatedAt: '2019-02-22T08:00:00.000Z'
})

describe('sorting people by last name', () => {
  it('takes the last word as the last name, past a nickname', () => {
    expect(lastNameOf('Ann-Marie Strömberg')).toBe('Strömberg')
    expect(lastNameOf('Bengt ”Spider” Jansson')).toBe('Jansson')
    expect(lastNameOf('  Cher ')).toBe('Cher')
  })

  it('orders by last name in Swedish collation, then by the whole name', () => {
    const names = ['Åsa Öberg', 'Maria Björklund', 'Olle Ström', 'Anna Ek', 'Jörgen Ek', 'Léa Dupont', 'Zara Zetterlund', 'Per Åberg']
    const index = buildSearchIndex(names.map(contact), [])
    expect(index.entries.map((e) => e.contact.name)).toEqual([
      'Anna Ek', 'Jörgen Ek', 'Léa Dupont', 'Maria Björklund', 'Olle Ström', 'Per Åberg', 'Zara Zetterlund', 'Åsa Öberg'
    ])
    expect(byLastName(index.entries).map((e) => e.contact.name)).toEqual([
      'Maria Björklund', 'Léa Dupont', 'Anna Ek', 'Jörgen Ek', 'Olle Ström', 'Zara Zetterlund', 'Per Åberg', 'Åsa Öberg'
    ])
  })
})
