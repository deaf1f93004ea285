import type { ImportAction } from '../../../../../shared/contract/contacts'
import type { ImportAnalysis } from '../../../../../shared/contract/contacts'

/** What the commit would do, given her decisions: rows added as new contacts, rows merged. */
export interface ImportPlan {
  add: number
  merge: number
}

/**
 * The counts cover the whole file while `rows` holds only the duplicates and errors paged in
 * so far, so start from the file's counts (new rows are added, duplicates merged, as the
 * service proposes) and let each decision on a paged-in duplicate move it.
 */
export function importPlan(analysis: ImportAnalysis, decisions: Record<number, ImportAction>): ImportPlan {
  const plan: ImportPlan = { add: analysis.counts.new, merge: analysis.counts.duplicate }
  for (const row of analysis.rows) {
    if (row.status !== 'duplicate') continue
    const action = decisions[row.rowNumber] ?? row.proposedAction
    if (action === row.proposedAction) continue
    if (row.proposedAction === 'merge') plan.merge--
    if (action === 'add') plan.add++
    else if (action === 'merge') plan.merge++
  }
  return plan
}
