import { describe, expect, it } from 'vitest'
import { addDays, isoWeekday } from '../../../src/shared/format/dates'
import { holidaysOfYear } from '../../../src/shared/format/holidays'
import { proposeYearPlan, yearPlanText, YearPlanRuleSchema, type YearPlanRule } from '../../../src/shared/meetings/year-plan'

const rule = (input: unknown): YearPlanRule => YearPlanRuleSchema.parse(input)
const monthly = (year: number, weekday: number, occurrence: number = 1) =>
  rule({ weekday, startTime: '09:00', endTime: '11:00', pattern: { kind: 'months', year, months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], occurrence } })
const everyWeeks = (from: string, weekday: number, weeks: number) =>
  rule({ weekday, startTime: '13:00', endTime: '15:00', pattern: { kind: 'everyNWeeks', from, weeks } })

/** Every date that is off, from the holiday list itself (independent of the planner's own check). */
const offDays = (year: number) => new Set(holidaysOfYear(year).map((h) => h.date))

describe('year plan', () => {
  it('proposes the first Friday of chosen months, in month order', () => {
    const plan = proposeYearPlan(rule({ weekday: 5, startTime: '09:00', endTime: '11:00', pattern: { kind: 'months', year: 2020, months: [9, 2, 3] } }))
    expect(plan.map((p) => p.date)).toEqual(['2020-02-07', '2020-03-06', '2020-09-04'])
    expect(plan.every((p) => p.movedBecause === null && p.warnings.length === 0)).toBe(true)
  })

  it('takes the last weekday of a month when asked', () => {
    const plan = proposeYearPlan(monthly(2019, 5, -1))
    expect(plan.slice(0, 3).map((p) => p.date)).toEqual(['2019-01-25', '2019-02-22', '2019-03-29'])
  })

  it('moves the first Friday of May 2020 off Första maj', () => {
    const plan = proposeYearPlan(rule({ weekday: 5, startTime: '09:00', endTime: '11:00', pattern: { kind: 'months', year: 2020, months: [5] } }))
    expect(plan[0]).toMatchObject({ date: '2020-05-08', ruleDate: '2020-05-01', movedBecause: 'Flyttat från 2020-05-01 (Första maj).' })
  })

  it('moves a date off a holiday, a week later in the same month, and says why', () => {
    // The first Friday of April 2021 is Långfredagen.
    const plan = proposeYearPlan(rule({ weekday: 5, startTime: '09:00', endTime: '11:00', pattern: { kind: 'months', year: 2021, months: [4] } }))
    expect(plan).toEqual([{ date: '2021-04-09', ruleDate: '2021-04-02', movedBecause: 'Flyttat från 2021-04-02 (Långfredagen).', warnings: [] }])
  })

  it('proposes every N weeks from a date to the end of that year', () => {
    const plan = proposeYearPlan(everyWeeks('2020-01-13', 4, 6))
    expect(plan[0].date).toBe('2020-01-16')
    expect(plan.map((p) => p.ruleDate).every((d, i, all) => i === 0 || addDays(all[i - 1], 42) === d)).toBe(true)
    expect(plan.at(-1)?.ruleDate.startsWith('2020-12')).toBe(true)
  })

  it('never lands on a public holiday, a de facto day off or a weekend, 2019–2027, for every weekday and rule', () => {
    for (let year = 2019; year <= 2027; year++) {
      const off = offDays(year)
      for (let weekday = 1; weekday <= 5; weekday++) {
        const plans = [
          ...[1, 2, 3, 4, -1].map((n) => proposeYearPlan(monthly(year, weekday, n))),
          ...[1, 2, 3, 6].map((weeks) => proposeYearPlan(everyWeeks(`${year}-01-01`, weekday, weeks)))
        ]
        for (const plan of plans) {
          const dates = plan.map((p) => p.date)
          for (const date of dates) {
            expect(off.has(date), `${date} is a holiday`).toBe(false)
            expect(isoWeekday(date), `${date} is a weekend day`).toBeLessThan(6)
          }
          expect(new Set(dates).size, `duplicate dates in ${dates.join(',')}`).toBe(dates.length)
        }
      }
    }
  })

  it('moves Ascension Thursday in a weekly plan to a free day, not onto the next meeting', () => {
    const plan = proposeYearPlan(everyWeeks('2019-05-01', 4, 1))
    const ascension = plan.find((p) => p.ruleDate === '2019-05-30')
    expect(ascension?.movedBecause).toContain('Kristi himmelsfärdsdag')
    expect(plan.filter((p) => p.date === ascension?.date)).toHaveLength(1)
  })

  it('warns of an overlap with a meeting already planned', () => {
    const busy = [{ id: 'm1', label: 'ett annat möte (x)', date: '2020-02-07', startTime: '10:00', endTime: '12:00' }]
    const plan = proposeYearPlan(rule({ weekday: 5, startTime: '09:00', endTime: '11:00', pattern: { kind: 'months', year: 2020, months: [2] } }), busy)
    expect(plan[0].warnings.map((w) => w.kind)).toEqual(['overlap'])
  })

  it('rejects bad input with field errors in Swedish', () => {
    const result = YearPlanRuleSchema.safeParse({
      weekday: 6,
      startTime: '11:00',
      endTime: '09:00',
      pattern: { kind: 'everyNWeeks', from: '2020-05-01', weeks: 0, until: '2020-01-01' }
    })
    expect(result.success).toBe(false)
    const issues = Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]))
    expect(issues).toMatchObject({
      weekday: 'Välj en veckodag måndag–fredag',
      'pattern.weeks': 'Ange hur många veckor mellan mötena (1–26)'
    })
    const months = YearPlanRuleSchema.safeParse({ weekday: 5, startTime: '09:00', endTime: '11:00', pattern: { kind: 'months', year: 2020, months: [] } })
    expect(months.error?.issues.map((i) => i.message)).toContain('Välj minst en månad')
    const order = YearPlanRuleSchema.safeParse({ weekday: 5, startTime: '11:00', endTime: '09:00', pattern: { kind: 'months', year: 2020, months: [1] } })
    expect(order.error?.issues).toEqual([expect.objectContaining({ path: ['endTime'], message: 'Sluttiden måste vara efter starttiden' })])
    const until = YearPlanRuleSchema.safeParse({ weekday: 5, startTime: '09:00', endTime: '11:00', pattern: { kind: 'everyNWeeks', from: '2020-05-01', weeks: 2, until: '2020-01-01' } })
    expect(until.error?.issues).toEqual([expect.objectContaining({ path: ['pattern', 'until'], message: 'Slutdatumet måste vara efter startdatumet' })])
  })

  it('writes the plan as text for a kallelse item', () => {
    expect(yearPlanText(['2020-05-08', '2020-02-07', '2020-09-04'], '09:00', '11:00')).toBe(
      'Mötestider 2020, kl.\u00a009.00–11.00: fredagen den 7\u00a0februari, fredagen den 8\u00a0maj och fredagen den 4\u00a0september.'
    )
    expect(yearPlanText([], '09:00', '11:00')).toBe('')
  })
})
