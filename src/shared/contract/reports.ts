import { z } from 'zod'
import { YEAR_REPORT_KINDS, YearReportSchema } from '../domain/areas'
import { IdSchema, multilineText } from '../domain/primitives'
import { RichTextInputSchema } from '../rich-text/schema'
import { YearFiguresSchema } from '../reports/figures-schema'
import { method, NoInput } from './define'
import { DocumentPreviewSchema } from './documents'
import { SaveResultSchema } from './files'

const YearSchema = z.number().int().min(2000).max(2100)
const YearInputSchema = z.object({ year: YearSchema }).strict()
const YearKindInputSchema = z.object({ year: YearSchema, kind: z.enum(YEAR_REPORT_KINDS) }).strict()

/** What she changed in one yearly document's texts; what is left out stays as stored. */
export const YearTextsPatchSchema = YearKindInputSchema.extend({
  introduction: RichTextInputSchema.optional(),
  conclusion: RichTextInputSchema.optional(),
  /** Per area: replaces that area's open questions; an empty text removes them. Other areas keep theirs. */
  openQuestions: z.array(z.object({ areaId: IdSchema, text: multilineText(4000) }).strict()).max(200).optional()
}).strict()
export type YearTextsPatch = z.infer<typeof YearTextsPatchSchema>

export const ReportYearsSchema = z.object({
  /** Years with held meetings or seminars, newest first, always including the current year. */
  years: z.array(YearSchema),
  current: YearSchema
})

/**
 * Rapporter (issue 16): the year's figures, the texts she writes for the two yearly
 * documents (verksamhetsberättelse and underlag till lägesbild och åtgärdsplan), their
 * preview and export. Figures are never stored: they are counted from the records when asked.
 */
export const reportsContract = {
  'reports.years': method(NoInput, ReportYearsSchema),
  'reports.figures': method(YearInputSchema, YearFiguresSchema),
  /** Her texts for (year, kind); empty texts when she has written none. Writes nothing. */
  'reports.getTexts': method(YearKindInputSchema, YearReportSchema),
  /** Saves the changed texts (through store.update) and returns the stored texts. */
  'reports.saveTexts': method(YearTextsPatchSchema, YearReportSchema),
  /** The document (.docx) for the in-app preview. */
  'reports.preview': method(YearKindInputSchema, DocumentPreviewSchema),
  /** Asks for a place with the OS save dialog and writes the document there. */
  'reports.export': method(YearKindInputSchema, SaveResultSchema)
}
