import { Paragraph } from 'docx'
import type { Seminar } from '../../../shared/domain/seminars'
import type { Settings } from '../../../shared/domain/settings'
import { heading, labelled, paragraph } from '../frame/blocks'
import { NUMBERING } from '../frame/numbering'
import { hasText, textRuns } from '../frame/runs'
import type { DocumentDeps } from '../index'
import { contactSection } from '../minutes/closing'
import { invitationContent, SEMINAR_DOC_TEXT as T, type InvitationContent } from './content'
import { buildSeminarDocument, type Block } from './frame'

const optional = (text: string): Block[] => (hasText(text) ? [paragraph(text)] : [])

function facts(c: InvitationContent): Block[] {
  return [
    labelled(T.date, c.date),
    labelled(T.time, c.time),
    ...(hasText(c.place) ? [labelled(T.place, c.place)] : []),
    ...(hasText(c.cost) ? [labelled(T.cost, c.cost)] : []),
    ...optional(c.food),
    ...optional(c.partners)
  ]
}

/** The programme as one real bulleted list: "07.30 Frukost och mingel". */
const programList = (lines: readonly string[]): Block[] =>
  lines.length === 0 ? [] : [heading(2, T.program), ...lines.map((l) => new Paragraph({ numbering: { reference: NUMBERING.bullet, level: 0 }, children: textRuns(l) }))]

/** The inbjudan in the order of formats.md §6. */
export function invitationBody(c: InvitationContent, coordinator: Parameters<typeof contactSection>[0]): Block[] {
  return [
    heading(1, c.heading),
    ...optional(c.lead),
    ...facts(c),
    ...programList(c.program),
    heading(2, T.registration),
    ...c.registration.map(paragraph),
    paragraph(c.privacy),
    paragraph(T.welcome),
    ...contactSection(coordinator)
  ]
}

export async function buildInvitation(seminar: Seminar, settings: Settings, deps: DocumentDeps): Promise<Uint8Array> {
  const content = invitationContent(seminar, settings.coordinator, settings.dietaryRetentionDays)
  return buildSeminarDocument(seminar, settings, deps, {
    documentType: 'Inbjudan',
    title: content.heading,
    body: (_width, coordinator) => invitationBody(content, coordinator)
  })
}
