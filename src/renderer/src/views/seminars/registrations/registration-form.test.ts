import { describe, expect, it } from 'vitest'
import { EMPTY_REGISTRATION, readSeats, registrationInput } from './registration-form'

describe('the registration form', () => {
  it('asks nothing until there is a name or a picked contact and the seats read', () => {
    expect(registrationInput('s', EMPTY_REGISTRATION)).toBeNull()
    expect(registrationInput('s', { ...EMPTY_REGISTRATION, name: 'Anna Berg', seats: '0' })).toBeNull()
    expect(registrationInput('s', { ...EMPTY_REGISTRATION, contactId: 'c1', seats: '2' })).toMatchObject({ contactId: 'c1', seats: 2 })
  })

  it('offers adding to the register only for a typed person, trimmed', () => {
    const typed = { ...EMPTY_REGISTRATION, name: ' Anna Berg ', organisation: ' Bergs bageri ', addToRegister: true }
    expect(registrationInput('s', typed)).toEqual({ seminarId: 's', contactId: null, name: 'Anna Berg', organisation: 'Bergs bageri', email: '', seats: 1, dietaryNeeds: '', addToRegister: true })
    expect(registrationInput('s', { ...typed, contactId: 'c1' })?.addToRegister).toBe(false)
  })

  it('reads seats as a whole number from 1 to 100', () => {
    expect([readSeats('1'), readSeats(' 12 '), readSeats('101'), readSeats('1,5'), readSeats('')]).toEqual([1, 12, null, null, null])
  })
})
