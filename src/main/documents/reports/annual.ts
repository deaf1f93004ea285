import type { YearReport } from '../../../shared/domain/areas'
import type { Settings } from '../../../shared/domain/settings'
import type { YearFigures } from '../../../shared/reports/figures-schema'
import { areasSection, assignmentsSection, decisionsSection, seminarsSection } from './annual-lists'
import { meetingsSection } from './annual-meetings'
import { Captions } from './blocks'
import { buildYearDocument, writtenSection, type Block, type YearDocumentDeps } from './frame'
import { ANNUAL_TEXT as T } from './labels'

export type YearTexts = Pick<YearReport, 'introduction' | 'conclusion' | 'openQuestions'>

/** The verksamhetsberättelse's body: her introduction, the year in figures, her conclusion. */
export async function annualBody(figures: YearFigures, texts: YearTexts, width: number, renderPng: YearDocumentDeps['renderPng']): Promise<Block[]> {
  const captions = new Captions()
  return [
    ...writtenSection(T.introduction, texts.introduction),
    ...(await meetingsSection(figures, captions, width, renderPng)),
    ...areasSection(figures, captions, width),
    ...decisionsSection(figures, captions, width),
    ...assignmentsSection(figures, captions, width),
    ...seminarsSection(figures, captions, width),
    ...writtenSection(T.conclusion, texts.conclusion)
  ]
}

/** "Verksamhetsberättelse lokala BRÅ <år>" as .docx. */
export function buildAnnualReport(figures: YearFigures, texts: YearTexts, settings: Settings, deps: YearDocumentDeps): Promise<Uint8Array> {
  return buildYearDocument('annualReport', figures.year, settings, deps, (width) => annualBody(figures, texts, width, deps.renderPng))
}
