import type { SaveResult } from '../../../shared/contract/files'
import { stockholmIsoDate } from '../../../shared/format/dates'
// The words the Uppdrag view shows, so the sheet and the screen agree.
import { ASSIGNMENT_STATUS_LABELS } from '../../../shared/meetings/labels'
import type { AssignmentRow, DecisionRow } from '../../../shared/contract/assignments'
import { toXlsx, type Sheet } from '../contacts/sheet'
import type { ServiceContext } from '../context'
import { saveViaDialog } from '../files/save-via-dialog'

const XLSX = { name: 'Excel-arbetsbok', extensions: ['xlsx'] }

export const assignmentsSheet = (rows: readonly AssignmentRow[]): Sheet => ({
  name: 'Uppdrag',
  columns: ['Uppdrag', 'Ansvarig', 'Klart senast', 'Status', 'Möte', 'Punkt'],
  rows: rows.map((r) => [r.assignment.text, r.owner, r.assignment.dueDate ?? '', ASSIGNMENT_STATUS_LABELS[r.assignment.status], r.meetingDate ?? '', r.itemTitle])
})

export const decisionsSheet = (rows: readonly DecisionRow[]): Sheet => ({
  name: 'Beslut',
  columns: ['Beslut', 'Möte', 'Punkt', 'Rubrik'],
  rows: rows.map((r) => [r.text, r.meetingDate, String(r.itemNumber), r.itemTitle])
})

/** The sheet as .xlsx through the save dialog ("Uppdrag 2019-03-01.xlsx"); built only once she has chosen a place. */
export function saveSheet(ctx: ServiceContext, sheet: () => Sheet): Promise<SaveResult> {
  const name = `${sheet().name} ${stockholmIsoDate(ctx.clock())}.xlsx`
  return saveViaDialog(ctx, { title: 'Exportera till Excel', defaultName: name, filters: [XLSX], bytes: async () => new Uint8Array(await toXlsx([sheet()])) })
}
