import { afterEach, describe, expect, it } from 'vitest'
import { EXAMPLE_IDS } from '../../../src/main/example'
import type { Registration } from '../../../src/shared/domain/seminars'
import type { RegistrationAdded, RegistrationChange, RegistrationDecision, SeminarDetail } from '../../../src/shared/seminars/results'
import { expectRefused, meetingsHarness, type MeetingsHarness } from '../meetings/harness'

let h: MeetingsHarness
afterEach(async () => h?.close())

const SEMINAR = EXAMPLE_IDS.seminar
/** Ten days before the example breakfast seminar, before its deadline (2019-03-21). */
const BEFORE = new Date('2019-03-18T09:00:00Z')

async function start(at = BEFORE) {
  h = await meetingsHarness(undefined, { at })
  return h
}
const detail = () => h.call<SeminarDetail>('seminars.get', { id: SEMINAR })
const byName = async (name: string): Promise<Registration> => (await detail()).registrations.find((r) => r.name === name)!

describe('registrations on the full example seminar (8 seats, max 2 per organisation)', () => {
  it('a ninth person lands on the waiting list as number 3, and the form said so before', async () => {
    await start()
    const input = { seminarId: SEMINAR, name: 'Nils Nilsson', organisation: 'Nilssons Järn', email: 'nils@example.org' }
    const preview = await h.call<RegistrationDecision>('seminars.previewRegistration', input)
    expect(preview.message).toBe('Fullbokat – Nils Nilsson hamnar på reservlistan som nummer 3.')
    const before = await h.dataFiles()
    expect(await h.dataFiles()).toBe(before)
    const added = await h.call<RegistrationAdded>('seminars.addRegistration', input)
    expect(added.registration).toMatchObject({ status: 'waitlisted', late: false, history: [{ status: 'waitlisted', at: BEFORE.toISOString() }] })
    expect(added.decision).toEqual(preview)
    expect(added.counts).toMatchObject({ bookedSeats: 8, waiting: 3 })
    expect((await h.onDisk()).registrations.find((r) => r.name === 'Nils Nilsson')?.status).toBe('waitlisted')
  })

  it('"Maria Lindqvist är redan anmäld": caught by contact or by typed name, nothing written', async () => {
    await start()
    const byContact = await expectRefused(h, 'seminars.addRegistration', { seminarId: SEMINAR, contactId: 'ex-contact-11' })
    expect(byContact).toMatchObject({ code: 'conflict', message: 'Maria Lindqvist är redan anmäld.', paths: ['contactId'] })
    const typed = await expectRefused(h, 'seminars.addRegistration', { seminarId: SEMINAR, name: 'maria lindqvist', organisation: 'Liljeholmens Bageri AB' })
    expect(typed).toMatchObject({ code: 'conflict', paths: ['name'] })
  })

  it('a cancellation frees a seat and offers the first on the waiting list; one click books her, with the time kept', async () => {
    await start()
    const omar = await byName('Omar Haddad')
    const change = await h.call<RegistrationChange>('seminars.cancelRegistration', { id: omar.id })
    expect(change.registration).toMatchObject({ status: 'cancelled', cancelledAt: BEFORE.toISOString() })
    expect(change.registration.history.map((e) => e.status)).toEqual(['booked', 'cancelled'])
    expect(change.offer?.registration.name).toBe('Anna Fors')
    expect(change.offer?.message).toBe('Anna Fors (Fors Frisörsalong) får plats – 1 plats.')
    h.now.date = new Date('2019-03-18T09:05:00Z')
    const promoted = await h.call<{ change: RegistrationChange }>('seminars.promote', { id: change.offer!.registration.id, draft: false })
    expect(promoted.change.registration.status).toBe('booked')
    expect(promoted.change.registration.history.at(-1)).toEqual({ status: 'booked', at: '2019-03-18T09:05:00.000Z' })
    expect(promoted.change.counts).toMatchObject({ bookedSeats: 8, waiting: 1 })
  })

  it('a cancellation offers the first on the waiting list who fits the per-organisation cap', async () => {
    await start()
    for (const name of ['Anna Fors', 'Mikael Strand']) await h.call('seminars.cancelRegistration', { id: (await byName(name)).id })
    // First in line now: a second person from the bakery, which already holds its 2 seats.
    await h.call('seminars.addRegistration', { seminarId: SEMINAR, name: 'Ulla Bagare', organisation: 'Liljeholmens Bageri AB' })
    h.now.date = new Date('2019-03-18T09:01:00Z')
    await h.call('seminars.addRegistration', { seminarId: SEMINAR, name: 'Vera Ved', organisation: 'Vedboden' })
    const change = await h.call<RegistrationChange>('seminars.cancelRegistration', { id: (await byName('Karin Berg')).id })
    expect(change.offer?.registration.name).toBe('Vera Ved')
    const waiting = (await detail()).registrations.filter((r) => r.status === 'waitlisted').map((r) => r.name)
    expect(waiting).toEqual(['Ulla Bagare', 'Vera Ved'])
  })

  it('promoting by hand past the capacity is refused unless she overrides', async () => {
    await start()
    const mikael = await byName('Mikael Strand')
    const refused = await expectRefused(h, 'seminars.promote', { id: mikael.id })
    expect(refused).toMatchObject({ code: 'conflict', message: expect.stringContaining('Alla platser är bokade.') })
    const forced = await h.call<{ change: RegistrationChange }>('seminars.promote', { id: mikael.id, draft: false, overrideCapacity: true })
    expect(forced.change.counts).toMatchObject({ bookedSeats: 9, freeSeats: 0 })
  })

  it('changing seats re-checks: more must fit, fewer frees a seat for the waiting list', async () => {
    await start()
    const karin = await byName('Karin Berg')
    const more = await expectRefused(h, 'seminars.updateRegistration', { id: karin.id, patch: { seats: 3 } })
    expect(more).toMatchObject({ code: 'conflict', paths: ['patch.seats'] })
    const fewer = await h.call<RegistrationChange>('seminars.updateRegistration', { id: karin.id, patch: { seats: 1 } })
    expect(fewer.registration.seats).toBe(1)
    expect(fewer.offer?.registration.name).toBe('Anna Fors')
    // The housing company is at its cap of 2: Johan may not take a third seat even with one free.
    const johan = await byName('Johan Ek')
    expect(await expectRefused(h, 'seminars.updateRegistration', { id: johan.id, patch: { seats: 3 } })).toMatchObject({ message: 'Max 2 platser per organisation.' })
  })

  it('a corrected organisation is linked anew and must fit its cap', async () => {
    await start()
    const omar = await byName('Omar Haddad')
    const toBakery = await expectRefused(h, 'seminars.updateRegistration', { id: omar.id, patch: { organisation: 'liljeholmens bageri ab' } })
    expect(toBakery).toMatchObject({ code: 'conflict', paths: ['patch.organisation'], message: 'Max 2 platser per organisation.' })
    const moved = await h.call<RegistrationChange>('seminars.updateRegistration', { id: omar.id, patch: { organisation: 'Restaurang Telefonplan' } })
    expect(moved.registration).toMatchObject({ organisation: 'Restaurang Telefonplan', organisationId: 'ex-org-restaurant' })
    const typed = await h.call<RegistrationChange>('seminars.updateRegistration', { id: omar.id, patch: { organisation: 'Eget företag' } })
    expect(typed.registration.organisationId).toBeNull()
  })

  it('after the deadline a registration is taken but marked late', async () => {
    await start(new Date('2019-03-22T08:00:00Z'))
    const added = await h.call<RegistrationAdded>('seminars.addRegistration', { seminarId: SEMINAR, name: 'Sen Person', organisation: '' })
    expect(added.registration.late).toBe(true)
    expect(added.decision.message).toContain('Sista anmälningsdag har passerat')
    expect((await detail()).pastDeadline).toBe(true)
  })

  it('a typed person and organisation can be added to the register, in the target group', async () => {
    await start()
    const input = { seminarId: SEMINAR, name: 'Greta Glas', organisation: 'Glasmästeriet AB', email: 'greta@glas.example.org' }
    expect((await h.call<RegistrationDecision>('seminars.previewRegistration', input)).registerOffer).toEqual({ person: true, organisation: true })
    const added = await h.call<RegistrationAdded>('seminars.addRegistration', { ...input, addToRegister: true })
    const db = await h.onDisk()
    const contact = db.contacts.find((c) => c.id === added.addedContactId)!
    const org = db.organisations.find((o) => o.id === added.addedOrganisationId)!
    expect(contact).toMatchObject({ name: 'Greta Glas', email: 'greta@glas.example.org', organisationId: org.id })
    expect(org).toMatchObject({ name: 'Glasmästeriet AB', kind: 'business' })
    expect(db.groups.find((g) => contact.groupIds.includes(g.id))?.kind).toBe('business')
    expect(added.registration).toMatchObject({ contactId: contact.id, organisationId: org.id, addedToRegister: true })
    const known = await h.call<RegistrationDecision>('seminars.previewRegistration', { seminarId: SEMINAR, name: 'Okänd', organisation: 'Restaurang Telefonplan' })
    expect(known.registerOffer).toEqual({ person: true, organisation: false })
  })
})

describe('at the door', () => {
  it('tick, undo, walk-in, counts; closing makes the unticked no-shows and says when specialkost goes', async () => {
    await start(new Date('2019-03-28T06:20:00Z'))
    const maria = await byName('Maria Lindqvist')
    const ticked = await h.call<RegistrationChange>('seminars.checkIn', { id: maria.id })
    expect(ticked.registration).toMatchObject({ status: 'attended', checkedInAt: '2019-03-28T06:20:00.000Z' })
    expect(ticked.counts).toMatchObject({ attended: 1, booked: 5, capacity: 8 })
    const undone = await h.call<RegistrationChange>('seminars.undoCheckIn', { id: maria.id })
    expect(undone.registration).toMatchObject({ status: 'booked', checkedInAt: null })
    expect(undone.registration.history.map((e) => e.status)).toEqual(['booked', 'attended', 'booked'])
    await h.call('seminars.checkIn', { id: maria.id })
    const walk = await h.call<RegistrationAdded>('seminars.walkIn', { seminarId: SEMINAR, name: 'Dörr Person', organisation: 'Okänd AB' })
    expect(walk.registration).toMatchObject({ status: 'attended', walkIn: true, checkedInAt: '2019-03-28T06:20:00.000Z' })
    expect(walk.counts).toMatchObject({ attended: 2, walkIns: 1, booked: 6, bookedSeats: 9 })
    const closed = await h.call<{ noShows: number; message: string; dietaryErasureDate: string; seminar: { status: string; heldAt: string } }>('seminars.close', { id: SEMINAR })
    expect(closed.noShows).toBe(4)
    expect(closed.seminar).toMatchObject({ status: 'held', heldAt: '2019-03-28T06:20:00.000Z' })
    expect(closed.dietaryErasureDate).toBe('2019-04-05')
    expect(closed.message).toBe('Specialkosten raderas fredagen den 5\u00a0april 2019 (eller vid första start därefter) enligt gallringsregeln i Inställningar.')
    const statuses = (await detail()).registrations.map((r) => [r.name, r.status])
    expect(statuses).toContainEqual(['Omar Haddad', 'noShow'])
    expect(statuses).toContainEqual(['Anna Fors', 'waitlisted'])
    expect(await expectRefused(h, 'seminars.close', { id: SEMINAR })).toMatchObject({ code: 'conflict' })
  })

  it('undoing a walk-in takes it back (cancelled), it is not left as a booking', async () => {
    await start(new Date('2019-03-28T06:20:00Z'))
    const walk = await h.call<RegistrationAdded>('seminars.walkIn', { seminarId: SEMINAR, name: 'Fel Person' })
    const undone = await h.call<RegistrationChange>('seminars.undoCheckIn', { id: walk.registration.id })
    expect(undone.registration.status).toBe('cancelled')
    expect(undone.counts.walkIns).toBe(1)
    expect(undone.counts.attended).toBe(0)
  })
})
