import { parseTypedDate, parseTypedTime } from '../../../../../shared/meetings/time'
import { YearPlanRuleSchema, type YearPlanRule } from '../../../../../shared/meetings/year-plan'

/** The year plan's rule as she fills it in: every field as typed or chosen. */
export interface RuleDraft {
  weekday: string
  startTime: string
  endTime: string
  kind: 'months' | 'everyNWeeks'
  year: string
  months: number[]
  occurrence: string
  from: string
  weeks: string
  until: string
}

export type RuleErrors = Partial<Record<keyof RuleDraft, string>>

/** Fridays 9–11, the first of the month, in the year of `today`. */
export function defaultRule(today: string): RuleDraft {
  return { weekday: '5', startTime: '9.00', endTime: '11.00', kind: 'months', year: today.slice(0, 4), months: [], occurrence: '1', from: today, weeks: '6', until: '' }
}

const typed = (parse: typeof parseTypedTime, text: string, key: keyof RuleDraft, errors: RuleErrors) => {
  const parsed = parse(text)
  if (parsed.ok) return parsed.value
  errors[key] = parsed.error
  return ''
}

/** Reads the draft with the shared rule schema; `rule` is null while anything is missing or wrong. */
export function parseRule(draft: RuleDraft): { rule: YearPlanRule | null; errors: RuleErrors } {
  const errors: RuleErrors = {}
  const startTime = typed(parseTypedTime, draft.startTime, 'startTime', errors)
  const endTime = typed(parseTypedTime, draft.endTime, 'endTime', errors)
  const pattern =
    draft.kind === 'months'
      ? { kind: 'months', year: Number(draft.year), months: draft.months, occurrence: Number(draft.occurrence) }
      : { kind: 'everyNWeeks', from: typed(parseTypedDate, draft.from, 'from', errors), weeks: Number(draft.weeks), until: draft.until.trim() === '' ? null : typed(parseTypedDate, draft.until, 'until', errors) }
  const result = YearPlanRuleSchema.safeParse({ weekday: Number(draft.weekday), startTime, endTime, pattern })
  if (result.success && Object.keys(errors).length === 0) return { rule: result.data, errors }
  for (const issue of result.success ? [] : result.error.issues) {
    const key = String(issue.path.at(-1)) as keyof RuleDraft
    if (key in draft && !errors[key]) errors[key] = issue.message
  }
  return { rule: null, errors }
}
