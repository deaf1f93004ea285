import { describe, expect, it } from 'vitest'
import { EmailSchema } from '../../../src/shared/domain/primitives'
import { BACKTRACKING_EMAIL, megabytes } from '../../support/hostile'
import { bestOf } from '../../support/timing'

/**
 * The old pattern backtracked quadratically (3.1 s for BACKTRACKING_EMAIL, 10 MB never
 * returned). Measured as a ratio to checking a short valid address the same number of
 * times in the same run, so a slow machine does not fail it and a quadratic check does.
 */
describe('e-mail check cost', () => {
  it('rejects hostile addresses about as fast as it accepts a short valid one', () => {
    const valid = 'anna.berg@polisen.se'
    const REPEAT = 200
    const baseline = bestOf(5, () => {
      for (let i = 0; i < REPEAT; i++) EmailSchema.safeParse(valid)
    })
    const tenMegabytes = megabytes(10, '.')
    const hostile = [BACKTRACKING_EMAIL, tenMegabytes, `a@${tenMegabytes}`, `${'a.'.repeat(127)}@${'b.'.repeat(60)}1`]
    for (const input of hostile) {
      expect(EmailSchema.safeParse(input).success).toBe(false)
      const cost = bestOf(3, () => EmailSchema.safeParse(input))
      console.info(`e-mail check, ${input.length} chars: ${(cost / baseline).toFixed(2)}× ${REPEAT} valid checks`)
      expect(cost).toBeLessThan(baseline * 5)
    }
  })
})
