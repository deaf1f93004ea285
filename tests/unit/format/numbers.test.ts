import { describe, expect, it } from 'vitest'
import { formatDecimal, parseDecimal } from '../../../src/shared/format/numbers'

describe('Swedish decimal numbers', () => {
  it.each([
    ['2,5', 2.5],
    ['2.5', 2.5],
    [' 2,5 ', 2.5],
    [',5', 0.5],
    ['7', 7],
    ['1 250,75', 1250.75],
    ['1\u00a0250', 1250],
    ['\u22121,5', -1.5],
    ['-0,25', -0.25]
  ])('reads %j as %d', (text, value) => {
    expect(parseDecimal(text)).toBe(value)
  })

  it.each(['', '2,5,1', '2,5.1', '1e3', '2 st', 'abc', 'Infinity', '0x10', ',', '2,'])('refuses %j', (text) => {
    expect(parseDecimal(text)).toBeNull()
  })

  it('shows numbers with a decimal comma, trailing zeros dropped, grouping only when asked', () => {
    expect(formatDecimal(2.5)).toBe('2,5')
    expect(formatDecimal(1.25)).toBe('1,25')
    expect(formatDecimal(2)).toBe('2')
    expect(formatDecimal(1250)).toBe('1250')
    expect(formatDecimal(1250.5, { grouping: true })).toBe('1\u00a0250,5')
    expect(formatDecimal(-1.5)).toBe('-1,5')
    expect(formatDecimal(1 / 3)).toBe('0,33')
  })

  it('reads back what it shows', () => {
    for (const n of [0.5, 2.5, 1.25, 6, 365, -3.75, 1250.5]) {
      expect(parseDecimal(formatDecimal(n))).toBe(n)
      expect(parseDecimal(formatDecimal(n, { grouping: true }))).toBe(n)
    }
  })
})
