import { Paragraph, type Table } from 'docx'
import type { Meeting } from '../../../shared/domain/meetings'
import type { Coordinator } from '../../../shared/domain/settings'
import { formatDateAndTime } from '../../../shared/format/dates'
import { label, labelled, paragraph, signatureLine } from '../frame/blocks'
import { hasText, textRuns } from '../frame/runs'
import { PROTOCOL_STATE_LABELS } from '../../../shared/meetings/protocol'
import { MINUTES_TEXT as T } from './labels'

type Block = Paragraph | Table

/** "Bilaga 1: Brott och bränder, presentation" — the number is the attachment's own. */
export function attachmentsSection(meeting: Meeting): Block[] {
  if (meeting.attachments.length === 0) return []
  const sorted = [...meeting.attachments].sort((a, b) => a.number - b.number)
  return [label(T.attachments), ...sorted.map((a) => paragraph(`${T.attachment} ${a.number}: ${a.title}`))]
}

export function nextMeetingSection(meeting: Meeting): Block[] {
  const next = meeting.nextMeeting
  const when = next.date ? formatDateAndTime(next.date, next.startTime, next.endTime) : ''
  const text = [when, next.note.trim()].filter(hasText).join('. ')
  return hasText(text) ? [labelled(T.nextMeeting, text)] : []
}

/** The coordinator's block: name and title, phone, e-mail; one paragraph, real line breaks. */
export function contactSection(coordinator: Coordinator): Block[] {
  const lines = [
    [coordinator.name, coordinator.title].filter(hasText).join(', '),
    hasText(coordinator.phone) ? `${T.phone} ${coordinator.phone}` : '',
    hasText(coordinator.email) ? `${T.email} ${coordinator.email}` : ''
  ].filter(hasText)
  if (lines.length === 0) return []
  return [label(T.contact), new Paragraph({ keepLines: true, children: textRuns(lines.join('\n')) })]
}

/** "Justerat Stockholm 2019-03-05" once signed; until then a line for the place and date (the place pre-printed when known). */
function approvalDateLine(m: Meeting['minutes']): Block {
  const place = m.approvalPlace?.trim() ?? ''
  if (m.approvedOn) return labelled(T.approvedOn, [place, m.approvedOn].filter(hasText).join(' '))
  return signatureLine(hasText(place) ? `${place}, ${T.dateOnly}` : T.dateLine)
}

/**
 * Protokoll only: where the justering stands (Utkast, Skickad för justering, Justerat),
 * so a printed draft is never mistaken for the signed one; then the secretary's and the
 * approvers' name lines and the place and date (docs/formats.md §5).
 */
export function signatureSection(meeting: Meeting): Block[] {
  if (meeting.minutes.kind !== 'protocol') return []
  const m = meeting.minutes
  const approvers = [
    ...(hasText(m.chairName) ? [`${m.chairName}, ${T.chairRole}`] : []),
    ...m.approvers.filter(hasText).map((name) => `${name}, ${T.approverRole}`)
  ]
  return [
    label(T.secretary),
    signatureLine(hasText(m.secretaryName) ? m.secretaryName : T.secretaryFallback),
    label(T.approval),
    ...approvers.map((text) => signatureLine(text)),
    approvalDateLine(m)
  ]
}

/** "Status: Skickad för justering" under the place and date line of a protokoll. */
export function protocolStateLine(meeting: Meeting): Block[] {
  if (meeting.minutes.kind !== 'protocol') return []
  return [labelled(T.state, PROTOCOL_STATE_LABELS[meeting.minutes.approvalState])]
}
