import { describe, expect, it } from 'vitest'
import { SEMINAR_TEXT } from '../../../src/shared/seminars/text'

describe('what she is told when seats do not fit', () => {
  it('a full seminar says so instead of "bara 0 lediga platser"', () => {
    expect(SEMINAR_TEXT.errors.seatsDoNotFit(0)).toBe('Alla platser är bokade. Minska antalet eller avboka någon annan först.')
  })

  it('counts one seat and several the Swedish way', () => {
    expect(SEMINAR_TEXT.errors.seatsDoNotFit(1)).toMatch(/^Det finns bara 1 ledig plats\. /)
    expect(SEMINAR_TEXT.errors.seatsDoNotFit(3)).toMatch(/^Det finns bara 3 lediga platser\. /)
  })
})
