import { documentSettingsFor } from '../valid-then'
import type { Meeting } from '../../../shared/domain/meetings'
import type { Settings } from '../../../shared/domain/settings'
import { stockholmIsoDate } from '../../../shared/format/dates'
import { buildFramedDocument } from '../frame/build'
import { loadLogo } from '../frame/logo'
import { textWidth } from '../frame/measures'
import type { DocumentDeps } from '../index'
import { kallelseContent, type KallelseFollowUp } from './content'
import { kallelseBody } from './kallelse'
import { KALLELSE_TEXT, kallelseFileBase } from './labels'

export { kallelseContent, followUpLine, placeLine, type KallelseContent, type KallelseFollowUp } from './content'
export { KALLELSE_TEXT, kallelseFileBase } from './labels'

export interface KallelseDocumentOptions {
  followUps?: KallelseFollowUp[]
  /** Date of issue; defaults to today in Stockholm by deps.now. */
  issuedOn?: string
}

/** 'kallelse-lokala-bra-2019-05-10.docx' (formats.md §2). */
export const kallelseFileName = (meeting: Pick<Meeting, 'date'>): string => `${kallelseFileBase(meeting.date)}.docx`

/** The kallelse of a meeting as a .docx file, in the shared frame. */
export async function buildKallelse(
  meeting: Meeting,
  settings: Settings,
  deps: DocumentDeps,
  options: KallelseDocumentOptions = {}
): Promise<Uint8Array> {
  const created = deps.now?.() ?? new Date()
  const issuedOn = options.issuedOn ?? stockholmIsoDate(created)
  const content = kallelseContent(meeting, settings, { followUps: options.followUps, issuedOn })
  // What it says as valid for the meeting (a held one's snapshot), how it looks as today.
  const { said, look: documentSettings } = documentSettingsFor(meeting, settings)
  return buildFramedDocument({
    documentSettings,
    sender: said.sender,
    reference: { documentType: KALLELSE_TEXT.documentType, isoDate: issuedOn, caseNumber: meeting.caseNumber },
    title: content.title,
    creator: [said.coordinator.name, said.sender.administration].find((s) => s.trim() !== '') ?? 'Samverkan',
    logo: await loadLogo(documentSettings.logoPath, deps.readFile),
    created,
    body: kallelseBody(content, said.coordinator, textWidth(documentSettings))
  })
}
