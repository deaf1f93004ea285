import type { ImportAction } from '../../../../../shared/contacts/schemas'
import type { ImportAnalysis } from '../../../../../shared/contract/contacts'

/** What the commit would do, given her decisions: rows added as new contacts, rows merged. */
export interface ImportPlan {
  add: number
  merge: number
}

export function importPlan(analysis: ImportAnalysis, decisions: Record<number, ImportAction>): ImportPlan {
  const plan: ImportPlan = { add: 0, merge: 0 }
  for (const row of analysis.rows) {
    if (row.status === 'error') continue
    const action = decisions[row.rowNumber] ?? row.proposedAction
    if (action === 'add') plan.add++
    else if (action === 'merge') plan.merge++
  }
  return plan
}
