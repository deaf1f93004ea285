import { describe, expect, it } from 'vitest'
import type { Contact, Group, Organisation } from '../../../src/shared/domain/contacts'
import type { Register } from '../../../src/shared/contract/contacts'
import { harness, seededDatabase } from './support'
import { runStartupTasks } from '../../../src/main/services/startup-tasks'

/** The field errors of a refused call, as the form shows them. */
async function fieldErrors(input: unknown, method = 'contacts.save') {
  const h = harness(seededDatabase())
  const result = await h.raw(method, input)
  expect(h.store.writes).toBe(0)
  if (result.ok) throw new Error('expected the call to be refused')
  expect(result.error.code).toBe('invalidInput')
  return Object.fromEntries((result.error.fields ?? []).map((f) => [f.path, f.message]))
}

describe('contact validation (through the real dispatch)', () => {
  it('requires a name', async () => {
    expect(await fieldErrors({ name: '   ' })).toEqual({ name: 'namn måste fyllas i' })
    expect(await fieldErrors({})).toMatchObject({ name: expect.any(String) })
  })

  it('checks every field and names each bad one in Swedish', async () => {
    expect(
      await fieldErrors({
        name: 'x'.repeat(201),
        title: 't'.repeat(201),
        email: 'anna@@polisen.se',
        phone: '12345',
        notes: 'n'.repeat(5001),
        organisationId: 'kort',
        groupIds: ['ok-group-id', '!'],
        newOrganisation: { name: '', kind: 'bank' }
      })
    ).toEqual({
      name: 'högst 200 tecken',
      title: 'högst 200 tecken',
      email: 'ogiltig e-postadress – skriv t.ex. namn@exempel.se',
      phone: 'ogiltigt telefonnummer – skriv t.ex. 08-508 22 030 eller 070-123 45 67',
      notes: 'högst 5000 tecken',
      organisationId: 'ogiltigt id',
      'groupIds.1': 'ogiltigt id',
      'newOrganisation.name': 'ange organisationens namn',
      'newOrganisation.kind': expect.any(String)
    })
  })

  it('refuses organisations or groups that no longer exist', async () => {
    expect(await fieldErrors({ name: 'Anna', organisationId: 'org-borttagen' })).toEqual({ organisationId: 'organisationen finns inte längre' })
    expect(await fieldErrors({ name: 'Anna', groupIds: ['grp-borttagen'] })).toEqual({ groupIds: 'en av grupperna finns inte längre' })
  })

  it('checks organisation and group input too', async () => {
    expect(await fieldErrors({ name: '', kind: 'police' }, 'contacts.saveOrganisation')).toEqual({ name: 'organisationens namn måste fyllas i' })
    expect(await fieldErrors({ name: 'Polisen', kind: 'bank' }, 'contacts.saveOrganisation')).toHaveProperty('kind')
    expect(await fieldErrors({ name: '' }, 'contacts.saveGroup')).toEqual({ name: 'gruppens namn måste fyllas i' })
    expect(await fieldErrors({ groupId: 'grp-kallade', contactIds: [] }, 'contacts.addToGroup')).toEqual({ contactIds: 'välj minst en kontakt' })
  })
})

describe('keeping the register', () => {
  it('creates a contact with a normalised phone, trimmed fields and a new organisation on the fly', async () => {
    const h = harness(seededDatabase())
    const saved = await h.call<Contact>('contacts.save', {
      name: '  Maja Ek ',
      email: ' maja.ek@example.org ',
      phone: '+46 8 508 22 030',
      newOrganisation: { name: 'Fryshuset', kind: 'association' },
      groupIds: ['grp-kallade', 'grp-kallade']
    })
    expect(saved).toMatchObject({ name: 'Maja Ek', email: 'maja.ek@example.org', phone: '08-508 22 030', groupIds: ['grp-kallade'], createdAt: '2019-02-22T08:00:00.000Z' })
    const org = h.store.read().organisations.find((o) => o.id === saved.organisationId)
    expect(org).toMatchObject({ name: 'Fryshuset', kind: 'association' })
    // The same organisation typed again (other case) is reused, not duplicated.
    const again = await h.call<Contact>('contacts.save', { name: 'Ola Ek', newOrganisation: { name: 'FRYSHUSET' } })
    expect(again.organisationId).toBe(saved.organisationId)
  })

  it('lists only what the list shows, and gives the whole person for the form', async () => {
    const h = harness(seededDatabase())
    const [anna] = (await h.call<Register>('contacts.list')).contacts
    expect(Object.keys(anna).sort()).toEqual(['email', 'groupIds', 'id', 'name', 'organisationId', 'phone', 'title'])
    expect(await h.call<Contact>('contacts.get', { id: 'contact-anna' })).toEqual(h.store.read().contacts[0])
    expect(await h.raw('contacts.get', { id: 'contact-nobody' })).toMatchObject({ ok: false, error: { code: 'notFound' } })
  })

  it('takes a contact back as read for the form, but stores none of the keys it does not own', async () => {
    const h = harness(seededDatabase())
    const anna = await h.call<Contact>('contacts.get', { id: 'contact-anna' })
    const saved = await h.call<Contact>('contacts.save', { ...anna, title: 'Områdespolis', createdAt: '1999-01-01T00:00:00.000Z', isAdmin: true })
    expect(saved).toMatchObject({ id: 'contact-anna', title: 'Områdespolis', createdAt: '2019-01-10T09:00:00.000Z' })
    expect(h.store.read().contacts[0]).not.toHaveProperty('isAdmin')
  })

  it('updates a contact in place and refuses an id that does not exist', async () => {
    const h = harness(seededDatabase())
    h.ctx.clock = () => new Date('2019-03-01T10:00:00Z')
    const saved = await h.call<Contact>('contacts.save', { id: 'contact-bertil', name: 'Bertil Åström', title: 'Biträdande rektor', phone: '0701234567' })
    expect(saved).toMatchObject({ id: 'contact-bertil', title: 'Biträdande rektor', phone: '070-123 45 67', createdAt: '2019-01-10T09:00:00.000Z', updatedAt: '2019-03-01T10:00:00.000Z' })
    expect(h.store.read().contacts).toHaveLength(2)
    expect(await h.raw('contacts.save', { id: 'contact-nobody', name: 'X' })).toMatchObject({ ok: false, error: { code: 'notFound' } })
  })

  it('deletes a contact and clears links to it, keeping the names written in meetings', async () => {
    const h = harness(seededDatabase())
    await h.call('contacts.delete', { id: 'contact-anna' })
    const db = h.store.read()
    expect(db.contacts.map((c) => c.id)).toEqual(['contact-bertil'])
    expect(db.meetings[0].invitees[0]).toMatchObject({ contactId: null, name: 'Anna Lindqvist' })
    expect(db.registrations[0]).toMatchObject({ contactId: null, name: 'Anna Lindqvist', dietaryNeeds: 'Glutenfri' })
    expect(db.assignments[0].ownerContactId).toBeNull()
  })

  it('has the built-in groups after start-up housekeeping, created once; listing never writes', async () => {
    const h = harness(seededDatabase())
    const before = h.store.writes
    await h.call<Register>('contacts.list')
    expect(h.store.writes).toBe(before)
    await runStartupTasks(h.ctx)
    const first = await h.call<Register>('contacts.list')
    expect(first.groups.map((g) => g.kind).sort()).toEqual(['associations', 'business', 'councilInvitees'])
    expect(first.groups.find((g) => g.kind === 'business')?.name).toBe('Näringsliv')
    const writes = h.store.writes
    await runStartupTasks(h.ctx)
    const second = await h.call<Register>('contacts.list')
    expect(second.groups).toHaveLength(3)
    expect(h.store.writes).toBe(writes)
    expect(second.contacts).toHaveLength(2)
  })

  it('still starts and lists the register when the data file cannot be written', async () => {
    const h = harness(seededDatabase())
    h.store.update = async () => {
      throw new Error('EACCES')
    }
    await runStartupTasks(h.ctx)
    const register = await h.call<Register>('contacts.list')
    expect(register.contacts).toHaveLength(2)
    expect(register.groups.map((g) => g.id)).toEqual(['grp-kallade'])
  })

  it('keeps organisation names unique and leaves people without one when it is deleted', async () => {
    const h = harness(seededDatabase())
    const clash = await h.raw('contacts.saveOrganisation', { name: 'polisen lpo skärholmen', kind: 'police' })
    expect(clash).toMatchObject({ ok: false, error: { code: 'conflict', fields: [{ path: 'name' }] } })
    const renamed = await h.call<Organisation>('contacts.saveOrganisation', { id: 'org-polisen', name: 'Polisen Lpo Skärholmen', kind: 'police' })
    expect(renamed.name).toBe('Polisen Lpo Skärholmen')
    await h.call('contacts.deleteOrganisation', { id: 'org-polisen' })
    expect(h.store.read().contacts.find((c) => c.id === 'contact-anna')?.organisationId).toBeNull()
  })

  it('adds and removes group members; her own groups can be deleted, built-in ones not', async () => {
    const h = harness(seededDatabase())
    const group = await h.call<Group>('contacts.saveGroup', { name: 'Trygghetsvandrare' })
    expect(group.kind).toBe('custom')
    await h.call('contacts.addToGroup', { groupId: group.id, contactIds: ['contact-anna', 'contact-bertil'] })
    await h.call('contacts.removeFromGroup', { groupId: 'grp-kallade', contactIds: ['contact-anna'] })
    const anna = () => h.store.read().contacts.find((c) => c.id === 'contact-anna')!
    expect(anna().groupIds).toEqual([group.id])
    expect(await h.raw('contacts.addToGroup', { groupId: group.id, contactIds: ['contact-nobody'] })).toMatchObject({ ok: false, error: { code: 'notFound' } })
    expect(await h.raw('contacts.deleteGroup', { id: 'grp-kallade' })).toMatchObject({ ok: false, error: { code: 'conflict' } })
    await h.call('contacts.deleteGroup', { id: group.id })
    expect(anna().groupIds).toEqual([])
    expect(h.store.read().groups.map((g) => g.id)).toEqual(['grp-kallade'])
  })
})
