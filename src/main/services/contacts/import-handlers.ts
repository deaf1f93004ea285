import { basename } from 'node:path'
import type { ImportMapping } from '../../../shared/contract/contacts'
import type { ImportPreview } from '../../../shared/contract/contacts'
import type { HandlersFor } from '../../api/dispatch'
import { AppError } from '../../api/errors'
import type { ServiceContext } from '../context'
import { analyseImport, analysisPage } from './import/analyse'
import { commitImport } from './import/commit'
import { guessMapping } from './import/guess-mapping'
import { IMPORT_FILTERS, readImportFile } from './import/read-file'
import { mappingProblems } from './import/rows'
import { heldImport, holdImport, heldUndo, holdUndo, releaseImport, releaseUndo } from './import/session'
import type { ImportTable } from './import/table'
import { undoImport } from './import/undo'
import { stampOf } from './stamp'

type ImportHandlers = Pick<
  HandlersFor<'contacts.'>,
  'contacts.importOpen' | 'contacts.importAnalyse' | 'contacts.importCommit' | 'contacts.importCancel' | 'contacts.importUndo'
>

function checkMapping(table: ImportTable, mapping: ImportMapping): void {
  const problems = mappingProblems(mapping, table.headers.length)
  if (problems.length > 0) {
    throw new AppError('invalidInput', problems.join(' '), problems.map((message) => ({ path: 'mapping', message })))
  }
}

async function openImport(ctx: ServiceContext): Promise<ImportPreview | null> {
  const path = await ctx.dialogs.openFile({ title: 'Importera kontakter', filters: IMPORT_FILTERS })
  if (path === null) return null
  const table = await readImportFile(path)
  const fileName = basename(path)
  if (table.rows.length === 0 && table.problems.length === 0) table.problems.push('Filen innehåller inga kontakter under rubrikraden.')
  ctx.log.info('contacts import opened', { format: table.format, rows: table.rows.length })
  return {
    token: holdImport(ctx, table, fileName),
    fileName,
    format: table.format,
    headers: table.headers,
    sampleRows: table.rows.slice(0, 5).map((r) => table.headers.map((_h, i) => r.cells[i] ?? '')),
    guessedMapping: guessMapping(table.headers),
    rowCount: table.rows.length,
    problems: table.problems
  }
}

/** Import: read and hold the file, analyse it against the register, then commit in one update. */
export const importHandlers: ImportHandlers = {
  'contacts.importOpen': (_input, ctx) => openImport(ctx),

  'contacts.importAnalyse': ({ token, mapping, offset }, ctx) => {
    const held = heldImport(ctx, token)
    checkMapping(held.table, mapping)
    const mappingKey = JSON.stringify(mapping)
    // A new mapping (or the first page) analyses afresh; later pages read the same analysis.
    if (offset === 0 || held.analysis?.mappingKey !== mappingKey) {
      held.analysis = { mappingKey, result: analyseImport(ctx.store.read(), held.table, mapping) }
    }
    return analysisPage(held.analysis.result, offset)
  },

  'contacts.importCommit': async ({ token, mapping, decisions, groupId }, ctx) => {
    const { table } = heldImport(ctx, token)
    checkMapping(table, mapping)
    const options = { decisions: new Map(decisions.map((d) => [d.rowNumber, d.action])), groupId }
    const stamp = stampOf(ctx)
    // Analysed again inside the update, against the register as it is now, so the
    // decisions apply to what is actually stored; one update = all or nothing.
    const { summary, undo } = await ctx.store.update((db) => commitImport(db, analyseImport(db, table, mapping), options, stamp))
    releaseImport(ctx, token)
    ctx.log.info('contacts import committed', { added: summary.added, merged: summary.merged, skipped: summary.skipped.length })
    return { ...summary, undoToken: holdUndo(ctx, undo) }
  },

  'contacts.importUndo': async ({ undoToken }, ctx) => {
    const undo = heldUndo(ctx, undoToken)
    const result = await ctx.store.update((db) => undoImport(db, undo))
    releaseUndo(ctx, undoToken)
    ctx.log.info('contacts import undone', { removed: result.removed, restored: result.restored })
    return result
  },

  'contacts.importCancel': ({ token }, ctx) => {
    releaseImport(ctx, token)
    return null
  }
}
