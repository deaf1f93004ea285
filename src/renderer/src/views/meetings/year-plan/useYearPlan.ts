import { useState } from 'react'
import type { Place } from '../../../../../shared/domain/meetings'
import { parseTypedDate } from '../../../../../shared/meetings/time'
import { proposeYearPlan } from '../../../../../shared/meetings/year-plan'
import { useCreateYearPlan } from '../../../hooks/meetings/useMeetingMutations'
import { useBusySlots } from '../../../hooks/meetings/useMeetings'
import type { Choice } from './ProposalTable'
import { defaultRule, parseRule, type RuleDraft } from './rule-draft'

/**
 * The year plan as she builds it: the rule, the dates it proposes (the shared
 * proposeYearPlan, at once as she types), her choices per date, and the one save
 * that creates them all.
 */
export function useYearPlan(today: string) {
  const [draft, setDraft] = useState<RuleDraft>(() => defaultRule(today))
  const [choices, setChoices] = useState<Record<string, Choice>>({})
  const [place, setPlace] = useState<Place>({ address: '', floor: '', room: '', videoLink: '' })
  const create = useCreateYearPlan()
  const busy = useBusySlots().data ?? []
  const { rule, errors } = parseRule(draft)
  const proposals = rule ? proposeYearPlan(rule, busy) : []
  const chosen = proposals
    .map((p) => choices[p.ruleDate] ?? { keep: true, date: p.date })
    .filter((c) => c.keep)
    .map((c) => parseTypedDate(c.date))
  const dates = chosen.flatMap((d) => (d.ok ? [d.value] : []))
  const canCreate = rule !== null && dates.length > 0 && dates.length === chosen.length && new Set(dates).size === dates.length
  const submit = () => {
    if (rule && canCreate) create.mutate({ startTime: rule.startTime, endTime: rule.endTime, place, dates: [...dates].sort() })
  }
  return {
    draft,
    errors,
    rule,
    proposals,
    choices,
    busy,
    place,
    dates,
    canCreate,
    create,
    setDraft: (next: RuleDraft) => (setDraft(next), setChoices({})),
    choose: (ruleDate: string, choice: Choice) => setChoices({ ...choices, [ruleDate]: choice }),
    setPlace,
    submit
  }
}
