import { describe, expect, it } from 'vitest'
import type { Contact, Organisation } from '../../../src/shared/domain/contacts'
import type { GroupEmails } from '../../../src/shared/contract/contacts'
import { harness } from './support'

type Merge = { organisation: Organisation; movedContacts: number }

/** The refusal of a call: its code, message and field paths. */
async function refusal(h: ReturnType<typeof harness>, method: string, input: unknown) {
  const result = await h.raw(method, input)
  if (result.ok) throw new Error('expected the call to be refused')
  return { ...result.error, paths: (result.error.fields ?? []).map((f) => f.path) }
}

describe('organisations: details, rename, merge, delete', () => {
  it('keeps address, phone (grouped), e-mail, web and notes, and renames', async () => {
    const h = harness()
    const saved = await h.call<Organisation>('organisations.save', {
      name: 'Hägerstensåsens BK',
      kind: 'association',
      address: 'Hägerstensvägen 100',
      phone: '0701234567',
      email: 'kansli@hbk.example.org',
      web: 'hbk.example.org',
      notes: 'Ungdomssektion'
    })
    expect(saved).toMatchObject({ phone: '070-123 45 67', address: 'Hägerstensvägen 100', web: 'hbk.example.org' })
    const renamed = await h.call<Organisation>('organisations.save', { ...saved, name: 'Hägerstensåsens Bollklubb' })
    expect(renamed).toMatchObject({ id: saved.id, name: 'Hägerstensåsens Bollklubb', notes: 'Ungdomssektion' })
  })

  it('refuses a bad e-mail or phone by field, and a name another organisation has', async () => {
    const h = harness()
    await h.call<Organisation>('organisations.save', { name: 'Polisen' })
    expect(await refusal(h, 'organisations.save', { name: 'Skolan', email: 'skolan@', phone: '123' })).toMatchObject({
      code: 'invalidInput',
      paths: ['phone', 'email']
    })
    expect(await refusal(h, 'organisations.save', { name: 'polisen ' })).toMatchObject({ code: 'conflict' })
  })

  it('merges two: the people move, details only the other had are kept, one store update', async () => {
    const h = harness()
    const into = await h.call<Organisation>('organisations.save', { name: 'Lokalpolisområde Globen', kind: 'police', phone: '08-401 00 00' })
    const from = await h.call<Organisation>('organisations.save', {
      name: 'Polisen Globen',
      address: 'Arenavägen 1',
      phone: '08-401 99 99',
      notes: 'Kontakt via områdespolisen'
    })
    for (const name of ['Maria Björklund', 'Olle Ström']) await h.call<Contact>('contacts.save', { name, organisationId: from.id })
    await h.call<Contact>('contacts.save', { name: 'Åsa Öberg', organisationId: into.id })
    const writesBefore = h.store.writes

    const result = await h.call<Merge>('organisations.merge', { fromId: from.id, intoId: into.id })
    expect(h.store.writes - writesBefore).toBe(1)
    expect(result.movedContacts).toBe(2)
    const db = h.store.read()
    expect(db.organisations.map((o) => o.name)).toEqual(['Lokalpolisområde Globen'])
    expect(db.contacts.map((c) => c.organisationId)).toEqual([into.id, into.id, into.id])
    const kept = db.organisations[0]
    expect(kept).toMatchObject({ kind: 'police', phone: '08-401 00 00', address: 'Arenavägen 1' })
    expect(kept.notes).toContain('Kontakt via områdespolisen')
    expect(kept.notes).toContain('Från Polisen Globen: Telefon: 08-401 99 99')
  })

  it('does not merge an organisation with itself', async () => {
    const h = harness()
    const o = await h.call<Organisation>('organisations.save', { name: 'Skolan' })
    expect(await refusal(h, 'organisations.merge', { fromId: o.id, intoId: o.id })).toMatchObject({ code: 'invalidInput', paths: ['intoId'] })
  })

  it('deletes an empty one and refuses one with people, saying how many and what to do', async () => {
    const h = harness()
    const empty = await h.call<Organisation>('organisations.save', { name: 'Nedlagd förening' })
    const busy = await h.call<Organisation>('organisations.save', { name: 'Västbergaskolan' })
    await h.call<Contact>('contacts.save', { name: 'Per Söderlund', organisationId: busy.id })
    await h.call('organisations.delete', { id: empty.id })
    expect(await refusal(h, 'organisations.delete', { id: busy.id })).toMatchObject({
      code: 'conflict',
      message: 'Västbergaskolan kan inte tas bort: 1 person hör dit. Slå ihop den med en annan organisation, eller flytta personerna först.'
    })
    expect(h.store.read().organisations.map((o) => o.name)).toEqual(['Västbergaskolan'])
    expect(h.store.read().contacts[0].organisationId).toBe(busy.id)
  })
})

describe('groups: Kopiera e-postadresser', () => {
  it("puts the members' addresses on the clipboard for Outlook's To line, and names those without one", async () => {
    const h = harness()
    const copied: string[] = []
    h.ctx.desktop.writeClipboardText = (text) => void copied.push(text)
    const group = await h.call<{ id: string }>('contacts.saveGroup', { name: 'Trygghetsvandring' })
    const other = await h.call<{ id: string }>('contacts.saveGroup', { name: 'Annan' })
    const people = [
      { name: 'Örjan Ek', email: 'orjan.ek@example.org' },
      { name: 'Anna Berg', email: 'anna.berg@example.org' },
      { name: 'Åsa Öberg', email: '' },
      { name: 'Bo Ek', email: 'ANNA.BERG@example.org' },
      { name: 'Cecilia Dahl', email: '' }
    ]
    for (const p of people) await h.call('contacts.save', { ...p, groupIds: [group.id] })
    await h.call('contacts.save', { name: 'Utanför', email: 'utanfor@example.org', groupIds: [other.id] })
    const result = await h.call<GroupEmails>('groups.copyEmails', { groupId: group.id })
    // Swedish order (Å, Ö last), each address once, "; " as Outlook separates them.
    expect(result).toEqual({ text: 'anna.berg@example.org; orjan.ek@example.org', count: 2, missing: ['Cecilia Dahl', 'Åsa Öberg'] })
    expect(copied).toEqual([result.text])
  })

  it('writes nothing to the clipboard when nobody has an address', async () => {
    const h = harness()
    const copied: string[] = []
    h.ctx.desktop.writeClipboardText = (text) => void copied.push(text)
    const group = await h.call<{ id: string }>('contacts.saveGroup', { name: 'Tom' })
    await h.call('contacts.save', { name: 'Utan Adress', groupIds: [group.id] })
    expect(await h.call<GroupEmails>('groups.copyEmails', { groupId: group.id })).toEqual({ text: '', count: 0, missing: ['Utan Adress'] })
    expect(copied).toEqual([])
  })
})
