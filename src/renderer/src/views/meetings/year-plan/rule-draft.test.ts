import { describe, expect, it } from 'vitest'
import { proposeYearPlan } from '../../../../../shared/meetings/year-plan'
import { defaultRule, parseRule } from './rule-draft'

describe('the year plan rule as she fills it in', () => {
  it('reads the first Friday of the autumn months at 9–11 and proposes dates off holidays', () => {
    const { rule, errors } = parseRule({ ...defaultRule('2019-03-01'), months: [9, 10, 11, 12] })
    expect(errors).toEqual({})
    expect(rule).not.toBeNull()
    const dates = proposeYearPlan(rule!)
    expect(dates.map((d) => d.date)).toEqual(['2019-09-06', '2019-10-04', '2019-11-01', '2019-12-06'])
  })

  it('says which field is wrong: no month chosen, a time that does not read', () => {
    const { rule, errors } = parseRule({ ...defaultRule('2019-03-01'), endTime: '25' })
    expect(rule).toBeNull()
    expect(errors.endTime).toBe('Tiden finns inte: timmen är 0–23 och minuterna 0–59')
    expect(parseRule(defaultRule('2019-03-01')).errors.months).toBe('Välj minst en månad')
  })

  it('reads every six weeks from a date, and an end date before the start as an error', () => {
    const draft = { ...defaultRule('2019-03-01'), kind: 'everyNWeeks' as const, from: '2019-08-01', weeks: '6' }
    expect(parseRule(draft).rule?.pattern).toMatchObject({ kind: 'everyNWeeks', from: '2019-08-01', weeks: 6, until: null })
    expect(parseRule({ ...draft, until: '2019-07-01' }).errors.until).toBe('Slutdatumet måste vara efter startdatumet')
  })
})
