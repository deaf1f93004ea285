import type { YearReport, YearReportKind } from '../../../shared/domain/areas'
import type { Database } from '../../../shared/domain/database'
import type { YearTextsPatch } from '../../../shared/contract/reports'
import { emptyRichText } from '../../../shared/rich-text'
import type { ServiceContext } from '../context'

/** Her stored texts for (year, kind), or empty ones with the epoch as updatedAt when she has written none. */
export function textsOf(db: Readonly<Database>, year: number, kind: YearReportKind): YearReport {
  return (
    db.yearReports.find((r) => r.year === year && r.kind === kind) ?? {
      year, kind, introduction: emptyRichText(), conclusion: emptyRichText(), openQuestions: [], updatedAt: new Date(0).toISOString()
    }
  )
}

/** Per area: the new text replaces the old; an empty text removes the area's entry. */
function mergeQuestions(stored: YearReport['openQuestions'], changed: NonNullable<YearTextsPatch['openQuestions']>): YearReport['openQuestions'] {
  const byArea = new Map(stored.map((q) => [q.areaId, q.text]))
  for (const q of changed) {
    if (q.text.trim() === '') byArea.delete(q.areaId)
    else byArea.set(q.areaId, q.text)
  }
  return [...byArea.entries()].map(([areaId, text]) => ({ areaId, text }))
}

/** Saves what she changed through the journaled store; one record per (year, kind). */
export function saveTexts(ctx: ServiceContext, patch: YearTextsPatch): Promise<YearReport> {
  const { year, kind } = patch
  return ctx.store.update((db) => {
    const current = textsOf(db, year, kind)
    const next: YearReport = {
      ...current,
      ...(patch.introduction ? { introduction: patch.introduction } : {}),
      ...(patch.conclusion ? { conclusion: patch.conclusion } : {}),
      openQuestions: patch.openQuestions ? mergeQuestions(current.openQuestions, patch.openQuestions) : current.openQuestions,
      updatedAt: ctx.clock().toISOString()
    }
    const at = db.yearReports.findIndex((r) => r.year === year && r.kind === kind)
    if (at >= 0) db.yearReports[at] = next
    else db.yearReports.push(next)
    return next
  })
}
