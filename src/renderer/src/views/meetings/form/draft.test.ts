import { describe, expect, it } from 'vitest'
import { draftWarnings, emptyDraft, parseDraft, type MeetingDraft } from './draft'

const typed = (over: Partial<MeetingDraft>): MeetingDraft => ({ ...emptyDraft('Hägersten-Liljeholmen', ''), ...over })

describe('the meeting form as she types it', () => {
  it('reads times the way she types them', () => {
    const { facts, errors } = parseDraft(typed({ date: '2019-05-10', startTime: '9', endTime: 'kl. 1130' }))
    expect(errors).toEqual({})
    expect(facts).toMatchObject({ date: '2019-05-10', startTime: '09:00', endTime: '11:30' })
  })

  it('blocks an end before the start and a date that does not exist, field by field', () => {
    const { facts, errors } = parseDraft(typed({ date: '2019-02-30', startTime: '11', endTime: '9.30' }))
    expect(facts).toBeNull()
    expect(errors).toEqual({ date: 'Datumet finns inte', endTime: 'Sluttiden måste vara efter starttiden' })
  })

  it('reads "Anmäl förhinder senast" as a typed date, leaves it out when empty, and blocks one that does not read', () => {
    expect(parseDraft(typed({ date: '2019-05-10', apologiesBy: '2019-5-3' })).facts?.apologiesBy).toBe('2019-05-03')
    expect(parseDraft(typed({ date: '2019-05-10', apologiesBy: '  ' })).facts?.apologiesBy).toBeNull()
    const { facts, errors } = parseDraft(typed({ date: '2019-05-10', apologiesBy: '3 maj' }))
    expect(facts).toBeNull()
    expect(Object.keys(errors)).toEqual(['apologiesBy'])
  })

  it('trims the place so a stray space is not a changed place', () => {
    const { facts } = parseDraft(typed({ date: '20190510', address: ' Telefonvägen 30 ' }))
    expect(facts?.place.address).toBe('Telefonvägen 30')
  })

  it('names the holiday as soon as the date reads, even with a half-typed time', () => {
    const warnings = draftWarnings(typed({ date: '2019-04-19', startTime: '9.' }), 'm1', [])
    expect(warnings.map((w) => w.message)).toEqual(['Långfredagen är en helgdag.'])
  })

  it('warns about another meeting at an overlapping time, not about itself', () => {
    const busy = [
      { id: 'm1', label: 'ett annat möte (A)', date: '2019-05-10', startTime: '09:00', endTime: '11:00' },
      { id: 'm2', label: 'ett annat möte (B)', date: '2019-05-10', startTime: '10:00', endTime: '12:00' }
    ]
    const warnings = draftWarnings(typed({ date: '2019-05-10' }), 'm1', busy)
    expect(warnings.map((w) => w.kind)).toEqual(['overlap'])
    expect(warnings[0].subject).toBe('m2')
  })
})
