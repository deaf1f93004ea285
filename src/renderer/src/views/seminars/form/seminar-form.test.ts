import { describe, expect, it } from 'vitest'
import { parseSeminarForm, seminarFormOf, seminarWarnings, type SeminarFacts } from './seminar-form'

const breakfast: SeminarFacts = {
  kind: 'breakfast', target: 'business', theme: 'Trygg handel', lead: '', date: '2019-04-11',
  startTime: '07:30', endTime: '09:00', venue: 'Liljeholmstorget 7', accessNotes: '', cost: 'Kostnadsfritt', food: 'Frukost',
  capacity: 40, perOrganisationCap: 2, registrationDeadline: '2019-04-04', partners: ['Polisen', 'Fastighetsägarna']
}

describe('the seminar form draft', () => {
  it('reads back what it was made from', () => {
    expect(parseSeminarForm(seminarFormOf(breakfast))).toEqual({ facts: breakfast, errors: {} })
  })

  it('reads times and seats as she types them, and an empty cap as no cap', () => {
    const draft = { ...seminarFormOf(breakfast), startTime: '730', endTime: '9', perOrganisationCap: ' ', partners: 'Polisen\n\n' }
    expect(parseSeminarForm(draft).facts).toMatchObject({ startTime: '07:30', endTime: '09:00', perOrganisationCap: null, partners: ['Polisen'] })
  })

  it('names every field that does not read, and saves nothing then', () => {
    const draft = { ...seminarFormOf(breakfast), theme: ' ', capacity: '0', perOrganisationCap: 'två', endTime: '7', registrationDeadline: '2019-02-30' }
    const { facts, errors } = parseSeminarForm(draft)
    expect(facts).toBeNull()
    expect(Object.keys(errors).sort()).toEqual(['capacity', 'endTime', 'perOrganisationCap', 'registrationDeadline', 'theme'])
  })

  it('warns about a holiday and a meeting at the same time', () => {
    const draft = { ...seminarFormOf(breakfast), date: '2019-04-19' }
    const busy = [{ id: 'm1', label: 'ett annat möte', date: '2019-04-19', startTime: '08:00', endTime: '10:00' }]
    expect(seminarWarnings(draft, 's1', busy).map((w) => w.kind)).toEqual(['publicHoliday', 'overlap'])
    expect(seminarWarnings(draft, 'm1', busy).map((w) => w.kind)).toEqual(['publicHoliday'])
  })
})
