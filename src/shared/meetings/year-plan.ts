import { z } from 'zod'
import { IsoDateSchema, TimeSchema } from '../domain/primitives'
import { addDays, daysInMonth, formatLongDate, formatTimeRange, isoWeekday, toIsoDate } from '../format/dates'
import { dayOff } from '../format/holidays'
import { dateWarnings, type BusySlot, type DateWarning } from './warnings'
import { timeRangeError } from './time'
import { PLANNING_TEXT } from './planning-text'

const T = PLANNING_TEXT.yearPlan

/** A year plan as she chooses it: a weekday and times, and either a rhythm or a list of months. */
export const YearPlanRuleSchema = z
  .object({
    weekday: z.number({ error: T.weekday }).int().min(1, T.weekday).max(5, T.weekday),
    startTime: TimeSchema,
    endTime: TimeSchema,
    pattern: z.discriminatedUnion('kind', [
      z.object({
        kind: z.literal('everyNWeeks'),
        from: IsoDateSchema,
        weeks: z.number({ error: T.weeks }).int().min(1, T.weeks).max(26, T.weeks),
        /** Last possible date; defaults to 31 December of the year of `from`. */
        until: IsoDateSchema.nullable().default(null)
      }),
      z.object({
        kind: z.literal('months'),
        year: z.number().int().min(2000).max(2100),
        months: z.array(z.number().int().min(1).max(12)).min(1, T.months),
        /** Which of the month's weekdays: 1 = the first (the default) … 4, or -1 = the last. */
        occurrence: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)]).default(1)
      })
    ])
  })
  .superRefine((rule, ctx) => {
    const error = timeRangeError(rule.startTime, rule.endTime)
    if (error) ctx.addIssue({ code: 'custom', path: ['endTime'], message: error })
    const p = rule.pattern
    if (p.kind === 'everyNWeeks' && p.until && p.until < p.from) {
      ctx.addIssue({ code: 'custom', path: ['pattern', 'until'], message: T.untilBeforeFrom })
    }
  })
export type YearPlanRule = z.infer<typeof YearPlanRuleSchema>

export interface ProposedDate {
  date: string
  /** Where the rule put it, before a holiday moved it. */
  ruleDate: string
  /** Why it was moved ("Flyttat från 2021-04-02 (Långfredagen)."), or null. */
  movedBecause: string | null
  warnings: DateWarning[]
}

/** The first `weekday` on or after `date`. */
const onOrAfter = (date: string, weekday: number) => addDays(date, (weekday - isoWeekday(date) + 7) % 7)

function nthWeekday(year: number, month: number, weekday: number, occurrence: number): string {
  if (occurrence > 0) return addDays(onOrAfter(toIsoDate({ year, month, day: 1 }), weekday), 7 * (occurrence - 1))
  const last = toIsoDate({ year, month, day: daysInMonth(year, month) })
  return addDays(last, -((isoWeekday(last) - weekday + 7) % 7))
}

function ruleDates(rule: YearPlanRule): string[] {
  const p = rule.pattern
  if (p.kind === 'months') {
    return [...new Set(p.months)].sort((a, b) => a - b).map((m) => nthWeekday(p.year, m, rule.weekday, p.occurrence))
  }
  const until = p.until ?? `${p.from.slice(0, 4)}-12-31`
  const dates: string[] = []
  for (let d = onOrAfter(p.from, rule.weekday); d <= until; d = addDays(d, 7 * p.weeks)) dates.push(d)
  return dates
}

/**
 * The nearest free day for a date that falls on a holiday: the same weekday a week
 * later or earlier (then two weeks), kept in the same month so "the first Friday"
 * stays near; failing that the nearest working day. Never a date already taken.
 */
function freeDayNear(date: string, taken: ReadonlySet<string>): string {
  const month = date.slice(0, 7)
  const isFree = (d: string) => !dayOff(d) && !taken.has(d)
  const sameWeekday = [7, -7, 14, -14].map((n) => addDays(date, n)).filter((d) => d.slice(0, 7) === month)
  const nearby = Array.from({ length: 20 }, (_, i) => addDays(date, (i % 2 === 0 ? 1 : -1) * (Math.floor(i / 2) + 1)))
  return [...sameWeekday, ...nearby].find(isFree) ?? date
}

/**
 * The dates a year plan proposes, each moved off public holidays and de facto
 * days off, with its remaining warnings (e.g. another meeting at that time).
 */
export function proposeYearPlan(rule: YearPlanRule, busy: readonly BusySlot[] = []): ProposedDate[] {
  const ruleDatesList = ruleDates(rule)
  const taken = new Set(ruleDatesList.filter((d) => !dayOff(d)))
  return ruleDatesList.map((ruleDate) => {
    const off = dayOff(ruleDate)
    const date = off ? freeDayNear(ruleDate, taken) : ruleDate
    taken.add(date)
    const slot = { id: '', date, startTime: rule.startTime, endTime: rule.endTime }
    return {
      date,
      ruleDate,
      movedBecause: off ? T.movedFrom(ruleDate, off.name) : null,
      warnings: dateWarnings(slot, busy)
    }
  })
}

/** "Mötestider 2020, kl. 09.00–11.00: fredagen den 7 februari, … och fredagen den 4 december." */
export function yearPlanText(dates: readonly string[], startTime: string, endTime: string): string {
  const sorted = [...dates].sort()
  if (sorted.length === 0) return ''
  const year = Number(sorted[0].slice(0, 4))
  const day = (d: string) => {
    const long = formatLongDate(d, 'midSentence')
    return d.startsWith(String(year)) ? long.slice(0, -5) : long
  }
  const names = sorted.map(day)
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} ${T.and} ${names.at(-1)}` : names[0]
  return `${T.heading(year, formatTimeRange(startTime, endTime))} ${list}.`
}
