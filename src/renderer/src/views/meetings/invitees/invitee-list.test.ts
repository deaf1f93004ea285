import { describe, expect, it } from 'vitest'
import type { Register } from '../../../../../shared/contract/contacts'
import type { Invitee } from '../../../../../shared/domain/meetings'
import { addContacts, addTyped, changedSince, contactFromInvitee, groupMemberIds, linkInvitee, moveInvitee, refreshInvitees, registerMatch, removeInvitee } from './invitee-list'

const at = '2019-03-01T09:00:00.000Z'
const person = (id: string, name: string, groupIds: string[] = []) => ({ id, name, title: 'Kurator', organisationId: 'org-00001', email: `${id}@example.org`, phone: '', groupIds })
const register: Register = {
  contacts: [person('c-000001', 'Öberg Anna', ['g-000001']), person('c-000002', 'Berg Bo', ['g-000001']), person('c-000003', 'Cedergren Cia')],
  organisations: [{ id: 'org-00001', name: 'Mälarhöjdens skola', kind: 'school', createdAt: at, updatedAt: at }],
  groups: [{ id: 'g-000001', name: 'Kallade till lokala BRÅ', kind: 'councilInvitees', createdAt: at, updatedAt: at }]
}
const typedIn: Invitee = { contactId: null, name: 'Gäst Gästsson', role: 'Gäst', organisation: '', email: '' }

describe('the invitee list', () => {
  it('adds a whole group in the register’s order, each person once, after those already summoned', () => {
    const once = addContacts([typedIn], register, groupMemberIds(register, 'g-000001'))
    expect(once.map((i) => i.name)).toEqual(['Gäst Gästsson', 'Berg Bo', 'Öberg Anna'])
    expect(once[1]).toEqual({ contactId: 'c-000002', name: 'Berg Bo', role: 'Kurator', organisation: 'Mälarhöjdens skola', email: 'c-000002@example.org' })
    expect(addContacts(once, register, ['c-000002', 'c-000003']).map((i) => i.name)).toEqual(['Gäst Gästsson', 'Berg Bo', 'Öberg Anna', 'Cedergren Cia'])
  })

  it('marks a contact whose role changed since, and Uppdatera takes the snapshot again in its place', () => {
    const old: Invitee = { contactId: 'c-000002', name: 'Berg Bo', role: 'Lärare', organisation: 'Mälarhöjdens skola', email: 'c-000002@example.org' }
    const invitees = [typedIn, old]
    expect(changedSince(invitees, register)).toEqual(['c-000002'])
    const refreshed = refreshInvitees(invitees, register, ['c-000002'])
    expect(refreshed[1].role).toBe('Kurator')
    expect(refreshed[0]).toBe(typedIn)
    expect(changedSince(refreshed, register)).toEqual([])
  })

  it('removes by position, so two people with one name stay apart', () => {
    expect(removeInvitee([typedIn, { ...typedIn }], 0)).toHaveLength(1)
  })

  it('adds someone typed in once, trimmed and without a register link, and moves people in kallelse order', () => {
    const once = addTyped([], { name: ' Eva Ek ', role: 'Trygghetsvärd', email: '' })
    expect(once).toEqual([{ contactId: null, name: 'Eva Ek', role: 'Trygghetsvärd', organisation: '', email: '' }])
    expect(addTyped(once, { name: 'Eva Ek', role: '', email: '' })).toHaveLength(1)
    expect(addTyped(once, { name: '  ', role: '', email: '' })).toHaveLength(1)
    const two = [...once, typedIn]
    expect(moveInvitee(two, 1, -1).map((i) => i.name)).toEqual(['Gäst Gästsson', 'Eva Ek'])
    expect(moveInvitee(two, 0, -1)).toEqual(two)
  })

  it('"Lägg till i kontakter" saves what she typed, the organisation by name, and links the invitee to the new contact', () => {
    const typed = addTyped([typedIn], { name: 'Eva Ek', role: 'Trygghetsvärd', organisation: 'Stockholmshem', email: 'eva@example.org' })
    expect(contactFromInvitee(typed[1])).toEqual({ name: 'Eva Ek', title: 'Trygghetsvärd', email: 'eva@example.org', newOrganisation: { name: 'Stockholmshem' } })
    expect(contactFromInvitee(typedIn).newOrganisation).toBeNull()
    const saved = { ...person('c-000009', 'Eva Ek'), title: 'Trygghetsvärd', email: 'eva@example.org', organisationId: 'org-00009' }
    const linked = linkInvitee(typed, 1, saved, { ...register, contacts: [...register.contacts, saved] })
    expect(linked[0]).toBe(typedIn)
    // The organisation made with her is not in the window's register yet: the typed name stays.
    expect(linked[1]).toEqual({ contactId: 'c-000009', name: 'Eva Ek', role: 'Trygghetsvärd', organisation: 'Stockholmshem', email: 'eva@example.org' })
    expect(changedSince(linked, { ...register, contacts: [...register.contacts, saved] })).toEqual(['c-000009'])
  })

  it('offers to link instead when the register has that person already: same name, and the same address unless one has none', () => {
    const bo: Invitee = { contactId: null, name: ' berg  bo', role: '', organisation: '', email: '' }
    expect(registerMatch(bo, register)?.id).toBe('c-000002')
    expect(registerMatch({ ...bo, email: 'c-000002@EXAMPLE.org' }, register)?.id).toBe('c-000002')
    expect(registerMatch({ ...bo, email: 'annan@example.org' }, register)).toBeNull()
    expect(registerMatch(typedIn, register)).toBeNull()
    expect(registerMatch({ ...bo, contactId: 'c-000002' }, register)).toBeNull()
  })
})
