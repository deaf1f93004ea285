import { ExternalHyperlink, Paragraph, type Table } from 'docx'
import { dataTable, heading, label, labelled } from '../frame/blocks'
import { STYLE } from '../frame/styles'
import { hasText, textRuns } from '../frame/runs'
import { contactSection } from '../minutes/closing'
import type { Coordinator } from '../../../shared/domain/settings'
import { agendaList, unplacedFollowUps } from './agenda'
import type { KallelseContent } from './content'
import { KALLELSE_TEXT as T } from './labels'

type Block = Paragraph | Table

/** A line set apart from the list above it by its style's spacing, not by an empty paragraph. */
const standalone = (text: string): Block[] => (hasText(text) ? [new Paragraph({ style: STYLE.fact, children: textRuns(text) })] : [])

function videoLinkLine({ videoLink, videoUrl }: KallelseContent): Block[] {
  if (!hasText(videoLink)) return []
  if (!videoUrl) return [labelled(T.videoLink, videoLink)]
  return [labelled(T.videoLink, [new ExternalHyperlink({ link: videoUrl, children: textRuns(videoUrl, { style: 'Hyperlink' }) })])]
}

function inviteesTable(content: KallelseContent, width: number): Block[] {
  if (content.invitees.length === 0) return []
  const rows = content.invitees.map((i) => [i.name, i.role])
  return [label(T.invitees), dataTable([T.name, T.role], rows, width, [2, 3])]
}

/** The kallelse's body in the order of formats.md §4; the frame adds header and footer. */
export function kallelseBody(content: KallelseContent, coordinator: Coordinator, width: number): Block[] {
  return [
    heading(1, content.heading),
    labelled(T.time, content.when),
    ...(hasText(content.place) ? [labelled(T.place, content.place)] : []),
    ...videoLinkLine(content),
    ...inviteesTable(content, width),
    ...(content.agenda.length > 0 ? [heading(2, T.agenda), ...agendaList(content.agenda, 1)] : []),
    ...unplacedFollowUps(content.unplacedFollowUps),
    ...standalone(content.apologies),
    ...standalone(content.issued),
    ...contactSection(coordinator)
  ]
}
