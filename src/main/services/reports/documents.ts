import { resolve } from 'node:path'
import type { YearReportKind } from '../../../shared/domain/areas'
import type { DocumentPreview } from '../../../shared/contract/documents'
import type { SaveResult } from '../../../shared/contract/files'
import { yearFigures } from '../../../shared/reports/figures'
import { YEAR_REPORT_FILE_NAMES } from '../../../shared/reports/labels'
import { buildAnnualReport } from '../../documents/reports/annual'
import { buildSituationBasis } from '../../documents/reports/basis'
import { pngRenderer, type RenderPng } from '../../documents/reports/chart/raster'
import type { ServiceContext } from '../context'
import { saveViaDialog } from '../files/save-via-dialog'
import { readLogoCopy } from '../settings/logo'
import { textsOf } from './texts'

const WORD = { name: 'Word-dokument', extensions: ['docx'] }
const TITLES: Record<YearReportKind, string> = {
  annualReport: 'Spara verksamhetsberättelsen som Word',
  situationBasis: 'Spara underlaget till lägesbilden som Word'
}

/** One rasteriser per font folder: the font is read once, the WebAssembly set up once. */
const renderers = new Map<string, RenderPng>()
function rendererFor(ctx: ServiceContext): RenderPng {
  const dir = ctx.paths.fontsDir ?? resolve('resources/fonts')
  const made = renderers.get(dir) ?? pngRenderer(dir)
  renderers.set(dir, made)
  return made
}

/** The yearly document, built from one snapshot of the store. */
export async function yearDocument(ctx: ServiceContext, year: number, kind: YearReportKind): Promise<{ fileName: string; bytes: Uint8Array }> {
  const db = ctx.store.read()
  const figures = yearFigures(db, year)
  const texts = textsOf(db, year, kind)
  const deps = { readFile: (name: string) => readLogoCopy(ctx.paths.dataDir, name), now: ctx.clock, renderPng: rendererFor(ctx) }
  const bytes =
    kind === 'annualReport'
      ? await buildAnnualReport(figures, texts, db.settings, deps)
      : await buildSituationBasis(figures, texts, db.settings, deps)
  return { fileName: YEAR_REPORT_FILE_NAMES[kind](year), bytes }
}

export async function previewYearDocument(ctx: ServiceContext, year: number, kind: YearReportKind): Promise<DocumentPreview> {
  const { fileName, bytes } = await yearDocument(ctx, year, kind)
  return { fileName, base64: Buffer.from(bytes).toString('base64') }
}

/** Through the one save path every export takes; built only once she has chosen a place. */
export async function exportYearDocument(ctx: ServiceContext, year: number, kind: YearReportKind): Promise<SaveResult> {
  const result = await saveViaDialog(ctx, {
    title: TITLES[kind],
    defaultName: YEAR_REPORT_FILE_NAMES[kind](year),
    filters: [WORD],
    bytes: async () => (await yearDocument(ctx, year, kind)).bytes
  })
  if (result.status === 'saved') ctx.log.info('document saved', { kind: `year-${kind}` })
  return result
}
