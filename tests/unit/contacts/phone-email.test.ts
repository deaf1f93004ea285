import { describe, expect, it } from 'vitest'
import { isValidEmail } from '../../../src/shared/contacts/email'
import { formatPhone, parsePhone } from '../../../src/shared/contacts/phone'

describe('parsePhone', () => {
  it.each([
    ['08-508 22 030', '08-508 22 030'],
    ['0850822030', '08-508 22 030'],
    ['+46 8 508 22 030', '08-508 22 030'],
    ['+46 (0)8-508 220 30', '08-508 22 030'],
    ['0046850822030', '08-508 22 030'],
    ['08/50822030', '08-508 22 030'],
    ['0701234567', '070-123 45 67'],
    ['070-123 45 67', '070-123 45 67'],
    ['+46701234567', '070-123 45 67'],
    ['+46-73-123-45-67', '073-123 45 67'],
    ['701234567', '070-123 45 67'],
    ['031-12 34 56', '031-12 34 56'],
    ['0303 12345', '0303-123 45'],
    ['0771-12 34 56', '0771-12 34 56'],
    ['020-123 456', '020-12 34 56'],
    ['0303-12 34 56', '0303-12 34 56'],
    ['08-123 45 67', '08-123 45 67'],
    ['', '']
  ])('reads %s as %s', (input, expected) => {
    expect(parsePhone(input)).toEqual({ ok: true, value: expected })
  })

  it('keeps foreign numbers in international form', () => {
    expect(parsePhone('+45  33 12 34 56')).toEqual({ ok: true, value: '+45 33 12 34 56' })
  })

  it.each(['12345', '070-123 45', '070-123 45 678', 'ring växeln', '08-12', '+46'])('refuses %s with a Swedish message', (input) => {
    const result = parsePhone(input)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toMatch(/ogiltigt telefonnummer/)
  })

  it('formats for display, leaving unparseable text as typed', () => {
    expect(formatPhone('0850822030')).toBe('08-508 22 030')
    expect(formatPhone(' anknytning 123 ')).toBe('anknytning 123')
  })
})

describe('isValidEmail', () => {
  it.each(['anna.lindqvist@polisen.se', 'Bo.Ek@stockholm.se', 'rene+bra@example.org', 'a@b.co'])('accepts %s', (e) => {
    expect(isValidEmail(e)).toBe(true)
  })
  it.each(['anna.se', 'anna@@polisen.se', 'anna@polisen', 'anna lindqvist@polisen.se', 'anna@polisen.s', 'anna@.se', '@polisen.se'])(
    'refuses %s',
    (e) => expect(isValidEmail(e)).toBe(false)
  )
})
