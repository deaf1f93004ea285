import { describe, expect, it } from 'vitest'
import { EXAMPLE_IDS, exampleDatabase } from '../../../src/main/example'
import { plainText } from '../../../src/shared/rich-text'
import type { Meeting } from '../../../src/shared/domain/meetings'
import { readOriginal, squeeze } from './original'

const original = readOriginal()
const db = exampleDatabase()
const held = db.meetings.find((m) => m.id === EXAMPLE_IDS.heldMeeting) as Meeting

/** Item 1 has no title in the original (it is only text); the example gives it one. */
const ITEMS_WITHOUT_ORIGINAL_TITLE = new Set([1])

describe('the example holds every fact of the minutes of 2019-02-22', () => {
  it('reads the original minutes (a sanity check of the parser the other tests rely on)', () => {
    expect(original.invitees).toHaveLength(9)
    expect([...original.items.keys()]).toEqual([1, 2, 3, 4, 5, 6])
    expect(original.contact.name).toBe('Stina Lundmark')
  })

  it('has the place and date line', () => {
    expect(`${held.heldWith?.placeName} ${held.date}`).toBe(original.placeAndDate)
    expect(`${db.settings.placeName} ${held.date}`).toBe(original.placeAndDate)
  })

  it('has every invitee with the role the minutes give, in order, as contacts in the invitee group', () => {
    expect(held.invitees.map(({ name, role }) => ({ name, role }))).toEqual(original.invitees)
    const council = db.groups.find((g) => g.kind === 'councilInvitees')
    for (const { name } of original.invitees) {
      const contact = db.contacts.find((c) => c.name === name)
      expect(contact, name).toBeDefined()
      expect(contact?.groupIds).toContain(council?.id)
      expect(held.invitees.find((i) => i.name === name)?.contactId).toBe(contact?.id)
    }
  })

  it('gives each invitee a title and organisation that together say what the minutes say', () => {
    for (const { name, role } of original.invitees) {
      const contact = db.contacts.find((c) => c.name === name)
      const organisation = db.organisations.find((o) => o.id === contact?.organisationId)
      const said = `${contact?.title} ${organisation?.name}`
      for (const word of role.split(' ')) expect(said.toLowerCase(), name).toContain(word.toLowerCase())
    }
  })

  it('has the time: Fredagen den 22 februari 2019 kl. 09.00-11.00', () => {
    expect(original.time).toContain('22 februari 2019')
    expect(held.date).toBe('2019-02-22')
    expect(original.time).toContain(`kl. ${held.startTime.replace(':', '.')}-${held.endTime.replace(':', '.')}`)
  })

  it('has the place: building, address, floor and room', () => {
    const { address, floor, room } = held.place
    expect(squeeze(`${address} ${floor} ${room}`).replace(/,/g, '')).toBe(squeeze(original.place).replace(/,/g, ''))
  })

  it('keeps every sentence of the six items, in order, as title, notes and decisions', () => {
    expect(held.agenda).toHaveLength(original.items.size)
    held.agenda.forEach((item, index) => {
      const number = index + 1
      const title = ITEMS_WITHOUT_ORIGINAL_TITLE.has(number) ? '' : item.title
      const ours = [title, plainText(item.notes), ...item.decisions.map((d) => d.text)].join(' ')
      // The example adds the spaces the extracted text lost ("fritid(SSP)", "9-11,Hägersten").
      expect(squeeze(ours), `punkt ${number}`).toBe(squeeze(original.items.get(number) ?? ''))
    })
  })

  it('stores the notes as rich-text JSON with paragraphs and a bullet list, not as strings or HTML', () => {
    const types = new Set(held.agenda.flatMap((item) => item.notes.content.map((node) => node.type)))
    expect(types).toEqual(new Set(['paragraph', 'bulletList']))
    expect(JSON.stringify(held.agenda)).not.toMatch(/<\/?[a-z]+>/)
  })

  it('records the decision in item 4', () => {
    const item4 = held.agenda[3]
    expect(item4.kind).toBe('decision')
    expect(item4.decisions.map((d) => d.text).join(' ')).toContain('personrånen mot unga lyftas och göras till en prioritering')
    expect(held.agenda.filter((item) => item.decisions.length > 0)).toEqual([item4])
  })

  it('records the assignment in item 6, given to the preventionssamordnare, as an open assignment', () => {
    expect(original.items.get(6)).toContain('Preventionssamordnare får i \nuppdrag')
    const assignments = db.assignments.filter((a) => a.originMeetingId === held.id)
    expect(assignments).toHaveLength(1)
    const [assignment] = assignments
    expect(assignment).toMatchObject({ status: 'open', agendaItemId: held.agenda[5].id })
    const owner = db.contacts.find((c) => c.id === assignment.ownerContactId)
    expect(owner?.title).toBe('Preventionssamordnare')
    expect(assignment.text).toContain('eftermiddag')
  })

  it('references the attachment of item 2 as bilaga 1', () => {
    expect(original.items.get(2)).toContain('bilaga 1')
    expect(held.attachments).toEqual([expect.objectContaining({ number: 1, storedFile: null })])
    expect(held.attachments[0].title).toContain('Brott och bränder')
    expect(plainText(held.agenda[1].notes)).toContain('Se powerpoint, bilaga 1')
  })

  it('has the next meeting from item 6: 10 maj klockan 9-11', () => {
    expect(original.items.get(6)).toContain('10 maj klockan 9-11')
    expect(held.nextMeeting).toMatchObject({ date: '2019-05-10', startTime: '09:00', endTime: '11:00' })
  })

  it('has the contact block as the coordinator settings', () => {
    expect(db.settings.coordinator).toMatchObject(original.contact)
    const stina = db.contacts.find((c) => c.id === EXAMPLE_IDS.contactBlockContact)
    expect(stina).toMatchObject({ name: original.contact.name, phone: original.contact.phone, email: original.contact.email })
  })

  it('is held, with the meeting chair who opened it, as minnesanteckningar', () => {
    expect(held.status).toBe('held')
    expect(original.items.get(1)).toContain(`mötesordförande ${held.minutes.chairName}`)
    expect(held.minutes.kind).toBe('notes')
  })

  it('has the consultant who presented item 5 in the register and as a guest', () => {
    const bengt = db.contacts.find((c) => c.name === 'Bengt ”Spider” Jansson')
    expect(held.agenda[4].presenter).toBe(bengt?.name)
    expect(held.attendance).toEqual([expect.objectContaining({ contactId: bengt?.id, status: 'guest' })])
  })

  it('keeps the sender as it was in 2019 (Hägersten-Liljeholmen, before the merger)', () => {
    expect(held.heldWith?.sender.administration).toBe('Hägersten-Liljeholmens stadsdelsförvaltning')
    expect(held.heldWith?.sender).toEqual(db.settings.sender)
    expect(held.heldWith?.coordinator).toEqual(db.settings.coordinator)
    expect(held.council).toBe(db.settings.councilName)
    expect(original.place).toContain(db.settings.sender.visitingAddress)
  })
})
