import { Paragraph } from 'docx'
import type { Settings } from '../../../shared/domain/settings'
import type { AreaFigure, Observation, YearFigures } from '../../../shared/reports/figures-schema'
import { AREA_KIND_LABELS } from '../../../shared/areas/labels'
import { heading, labelled, paragraph } from '../frame/blocks'
import { NUMBERING } from '../frame/numbering'
import { hasText, textRuns } from '../frame/runs'
import { actionsTable } from './annual-lists'
import type { YearTexts } from './annual'
import { Captions } from './blocks'
import { buildYearDocument, writtenSection, type Block, type YearDocumentDeps } from './frame'
import { BASIS_TEXT as T } from './labels'

const bullet = (text: string): Paragraph => new Paragraph({ numbering: { reference: NUMBERING.bullet, level: 0 }, children: textRuns(text) })

function facts(area: AreaFigure): Block[] {
  return [
    labelled(T.areaFacts.kind, AREA_KIND_LABELS[area.kind]),
    ...(area.activeSince ? [labelled(T.areaFacts.since, area.activeSince)] : []),
    ...(area.dataSources.length > 0 ? [labelled(T.areaFacts.sources, area.dataSources.join(', '))] : []),
    ...(hasText(area.description) ? [paragraph(area.description)] : [])
  ]
}

function observations(list: readonly Observation[]): Block[] {
  if (list.length === 0) return [heading(3, T.observations), paragraph(T.noObservations)]
  return [heading(3, T.observations), ...list.map((o) => bullet(`${o.meetingDate}: ${o.text}`))]
}

/** Her open questions for the area, one paragraph per line she wrote. */
function openQuestions(text: string): Block[] {
  const lines = text.split(/\r?\n/).filter(hasText)
  return [heading(3, T.openQuestions), ...(lines.length === 0 ? [paragraph(T.noOpenQuestions)] : lines.map(paragraph))]
}

function areaSection(area: AreaFigure, questions: string, captions: Captions, width: number): Block[] {
  return [heading(2, area.name), ...facts(area), ...observations(area.observations), heading(3, T.actions), ...actionsTable(area, captions, width), ...openQuestions(questions)]
}

/** The underlag's body: her introduction, then per active area what was said, what was decided and what is open. */
export function basisBody(figures: YearFigures, texts: YearTexts, width: number): Block[] {
  const captions = new Captions()
  const questions = new Map(texts.openQuestions.map((q) => [q.areaId, q.text]))
  return [
    ...writtenSection(T.introduction, texts.introduction),
    ...(figures.areas.length === 0 ? [paragraph(T.noAreas)] : []),
    ...figures.areas.flatMap((area) => areaSection(area, questions.get(area.areaId) ?? '', captions, width))
  ]
}

/** "Underlag till lägesbild och åtgärdsplan <år>" as .docx, for the municipality's lägesbild work. */
export function buildSituationBasis(figures: YearFigures, texts: YearTexts, settings: Settings, deps: YearDocumentDeps): Promise<Uint8Array> {
  return buildYearDocument('situationBasis', figures.year, settings, deps, async (width) => basisBody(figures, texts, width))
}
