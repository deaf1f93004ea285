import type { HandlersFor } from '../../api/dispatch'
import { yearFigures } from '../../../shared/reports/figures'
import { reportYears } from '../../../shared/reports/years'
import { exportYearDocument, previewYearDocument } from './documents'
import { saveTexts, textsOf } from './texts'

export const reportsHandlers: HandlersFor<'reports.'> = {
  'reports.years': async (_input, ctx) => reportYears(ctx.store.read(), ctx.clock()),
  'reports.figures': async ({ year }, ctx) => yearFigures(ctx.store.read(), year),
  'reports.getTexts': async ({ year, kind }, ctx) => textsOf(ctx.store.read(), year, kind),
  'reports.saveTexts': (patch, ctx) => saveTexts(ctx, patch),
  'reports.preview': ({ year, kind }, ctx) => previewYearDocument(ctx, year, kind),
  'reports.export': ({ year, kind }, ctx) => exportYearDocument(ctx, year, kind)
}
