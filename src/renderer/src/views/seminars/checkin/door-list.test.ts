import { describe, expect, it } from 'vitest'
import { RegistrationSchema, type Registration } from '../../../../../shared/domain/seminars'
import { doorList, searchDoor } from './door-list'

const at = '2019-04-01T08:00:00.000Z'
const reg = (id: string, name: string, organisation: string, status: Registration['status'], seats = 1): Registration =>
  RegistrationSchema.parse({ id: `reg-000${id}`, seminarId: 'sem-0001', name, organisation, seats, status, registeredAt: at, checkedInAt: status === 'attended' ? at : null, updatedAt: at })
const people = [
  reg('1', 'Östen Berg', 'ICA Liljeholmen', 'booked', 2),
  reg('2', 'Anna Ek', 'Café Söder', 'attended'),
  reg('3', 'Åsa Lind', 'ICA Liljeholmen', 'waitlisted'),
  reg('4', 'Bo Öhman', 'Hyresgästföreningen', 'cancelled'),
  reg('5', 'Émile Zorn', 'Fastighetsägarna', 'booked')
]

describe('the door list', () => {
  it('holds those booked and those already in, in Swedish name order', () => {
    expect(doorList(people).map((e) => e.registration.name)).toEqual(['Anna Ek', 'Émile Zorn', 'Östen Berg'])
  })

  it('finds by name or organisation, each word anywhere, accents folded but not å ä ö', () => {
    const list = doorList(people)
    expect(searchDoor(list, 'ica').map((e) => e.registration.name)).toEqual(['Östen Berg'])
    expect(searchDoor(list, 'emile').map((e) => e.registration.name)).toEqual(['Émile Zorn'])
    expect(searchDoor(list, 'sö café').map((e) => e.registration.name)).toEqual(['Anna Ek'])
    expect(searchDoor(list, 'osten')).toEqual([])
    expect(searchDoor(list, '  ')).toHaveLength(3)
  })
})
