import { describe, expect, it } from 'vitest'
import type { ApiOutput } from '../../../../shared/contract'
import { withContact, withGroup, withMembership, withoutContact, withoutGroup, withoutOrganisation, withOrganisation } from './register-cache'

const at = '2019-03-01T09:00:00.000+01:00'
const org = (id: string, name: string) => ({ id, name, kind: 'police' as const, createdAt: at, updatedAt: at })
const group = (id: string, name: string) => ({ id, name, kind: 'custom' as const, createdAt: at, updatedAt: at })
const row = (id: string, name: string, groupIds: string[] = []) => ({ id, name, title: '', organisationId: null, email: '', phone: '', groupIds })
const register = (): ApiOutput<'contacts.list'> => ({
  contacts: [row('anna0001', 'Anna Berg', ['grp00001']), row('bo000001', 'Bo Ek')],
  organisations: [org('org00001', 'Polisen')],
  groups: [group('grp00001', 'Styrgrupp')]
})
const full = (over: Partial<ApiOutput<'contacts.get'>>): ApiOutput<'contacts.get'> => ({ ...row('anna0001', 'Anna Berg'), notes: 'privat', createdAt: at, updatedAt: at, ...over })

describe('the register cache, patched by id', () => {
  it('puts a saved person in place of her row, without the fields the list does not hold', () => {
    const next = withContact(register(), full({ name: 'Anna Lind', organisationId: 'org00001' }))
    expect(next?.contacts.map((c) => c.name)).toEqual(['Anna Lind', 'Bo Ek'])
    expect(next?.contacts[0]).not.toHaveProperty('notes')
  })

  it('adds a new person at the end, and cannot patch one whose organisation it has never seen', () => {
    expect(withContact(register(), full({ id: 'cecilia1', name: 'Cecilia' }))?.contacts.map((c) => c.id)).toEqual(['anna0001', 'bo000001', 'cecilia1'])
    expect(withContact(register(), full({ organisationId: 'neworg01' }))).toBeNull()
  })

  it('removes a person, and an empty organisation, by id alone', () => {
    expect(withoutContact(register(), 'anna0001').contacts.map((c) => c.id)).toEqual(['bo000001'])
    expect(withoutOrganisation(register(), 'org00001').organisations).toEqual([])
  })

  it('renames an organisation or a group in place, and adds a new one', () => {
    expect(withOrganisation(register(), org('org00001', 'Polisen Syd')).organisations.map((o) => o.name)).toEqual(['Polisen Syd'])
    expect(withGroup(register(), group('grp00002', 'Nätverk')).groups.map((g) => g.name)).toEqual(['Styrgrupp', 'Nätverk'])
  })

  it('a deleted group leaves every person who was in it', () => {
    const next = withoutGroup(register(), 'grp00001')
    expect(next.groups).toEqual([])
    expect(next.contacts.map((c) => c.groupIds)).toEqual([[], []])
  })

  it('adds people to a group once, and removes only the ones named', () => {
    const added = withMembership(register(), 'grp00001', ['anna0001', 'bo000001'], true)
    expect(added.contacts.map((c) => c.groupIds)).toEqual([['grp00001'], ['grp00001']])
    const removed = withMembership(added, 'grp00001', ['bo000001'], false)
    expect(removed.contacts.map((c) => c.groupIds)).toEqual([['grp00001'], []])
  })
})
