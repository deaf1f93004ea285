import type { Paragraph, Table } from 'docx'
import { heldWithOf } from '../../../shared/domain/meetings'
import type { YearReportKind } from '../../../shared/domain/areas'
import type { Settings } from '../../../shared/domain/settings'
import type { RichText } from '../../../shared/rich-text'
import { YEAR_REPORT_TITLES, YEAR_REPORT_TYPES } from '../../../shared/reports/labels'
import { stockholmIsoDate } from '../../../shared/format/dates'
import { buildFramedDocument } from '../frame/build'
import { heading } from '../frame/blocks'
import { loadLogo } from '../frame/logo'
import { textWidth } from '../frame/measures'
import type { DocumentDeps } from '../index'
import { listCounter, richTextParagraphs } from '../rich-text'
import type { RenderPng } from './chart/raster'

export type Block = Paragraph | Table

export interface YearDocumentDeps extends DocumentDeps {
  /** The chart's rasteriser (chart/raster.ts pngRenderer), injected so the builder reads no files itself. */
  renderPng: RenderPng
}

/** A heading and what she wrote under it; nothing at all when she has written nothing. */
export function writtenSection(title: string, text: RichText): Block[] {
  const paragraphs = richTextParagraphs(text, listCounter())
  return paragraphs.length === 0 ? [] : [heading(2, title), ...paragraphs]
}

/**
 * A yearly document in the shared frame. It is the district's document of today, not a
 * meeting's, so it says what today's settings say (as a seminar's documents do), dated
 * the day it is made.
 */
export async function buildYearDocument(kind: YearReportKind, year: number, settings: Settings, deps: DocumentDeps, body: (width: number) => Promise<Block[]>): Promise<Uint8Array> {
  const said = heldWithOf(settings)
  const created = deps.now?.() ?? new Date()
  const title = YEAR_REPORT_TITLES[kind](year)
  return buildFramedDocument({
    documentSettings: said.documents,
    sender: said.sender,
    reference: { documentType: YEAR_REPORT_TYPES[kind], isoDate: stockholmIsoDate(created), caseNumber: '' },
    title,
    creator: [said.coordinator.name, said.sender.administration].find((s) => s.trim() !== '') ?? 'Samverkan',
    logo: await loadLogo(said.documents.logoPath, deps.readFile),
    created,
    body: [heading(1, title), ...(await body(textWidth(said.documents)))]
  })
}
