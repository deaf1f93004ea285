import { basename } from 'node:path'
import type { ImportMapping } from '../../../shared/contacts/schemas'
import type { ImportPreview } from '../../../shared/contract/contacts'
import type { HandlersFor } from '../../api/dispatch'
import { AppError } from '../../api/errors'
import type { ServiceContext } from '../context'
import { analyseImport } from './import/analyse'
import { commitImport } from './import/commit'
import { guessMapping } from './import/guess-mapping'
import { IMPORT_FILTERS, readImportFile } from './import/read-file'
import { mappingProblems } from './import/rows'
import { heldImport, holdImport, releaseImport } from './import/session'
import type { ImportTable } from './import/table'
import { stampOf } from './stamp'

type ImportHandlers = Pick<
  HandlersFor<'contacts.'>,
  'contacts.importOpen' | 'contacts.importAnalyse' | 'contacts.importCommit' | 'contacts.importCancel'
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

  'contacts.importAnalyse': ({ token, mapping }, ctx) => {
    const { table } = heldImport(ctx, token)
    checkMapping(table, mapping)
    return analyseImport(ctx.store.read(), table, mapping)
  },

  'contacts.importCommit': async ({ token, mapping, decisions, groupId }, ctx) => {
    const { table } = heldImport(ctx, token)
    checkMapping(table, mapping)
    const options = { decisions: new Map(decisions.map((d) => [d.rowNumber, d.action])), groupId }
    const stamp = stampOf(ctx)
    // Analysed again inside the update, against the register as it is now, so the
    // decisions apply to what is actually stored; one update = all or nothing.
    const summary = await ctx.store.update((db) => commitImport(db, analyseImport(db, table, mapping), options, stamp))
    releaseImport(ctx, token)
    ctx.log.info('contacts import committed', { added: summary.added, merged: summary.merged, skipped: summary.skipped.length })
    return summary
  },

  'contacts.importCancel': ({ token }, ctx) => {
    releaseImport(ctx, token)
    return null
  }
}
