import type { Paragraph, Table } from 'docx'
import type { HeldWith, Meeting } from '../../../shared/domain/meetings'
import { placeWithVideo } from '../../../shared/meetings/labels'
import { formatDateAndTime, formatDayMonthYear } from '../../../shared/format/dates'
import { fileNamePart } from '../../../shared/format/text'
import { heading, labelled, paragraph } from '../frame/blocks'
import { hasText } from '../frame/runs'
import { listCounter } from '../rich-text'
import { attendanceSection } from './attendance'
import { attachmentsSection, contactSection, nextMeetingSection, protocolStateLine, signatureSection } from './closing'
import { assignmentTable, itemSections, type MinutesAssignment } from './items'
import { MINUTES_TEXT as T, councilLabel, documentTypeOf } from './labels'

type Block = Paragraph | Table

/** "Minnesanteckningar lokala BRÅ Hägersten-Liljeholmen 2019-02-22": docProps title. */
export function minutesTitle(meeting: Meeting): string {
  return `${documentTypeOf(meeting)} ${councilLabel(meeting.council)} ${meeting.date}`
}

/** 'minnesanteckningar-lokala-bra-2019-02-22.docx' (docs/formats.md §2: lower case, no spaces). */
export function minutesFileName(meeting: Pick<Meeting, 'minutes' | 'date'>): string {
  return `${fileNamePart(documentTypeOf(meeting))}-lokala-bra-${meeting.date}.docx`
}

/**
 * The minutes' body in the order of docs/formats.md §5; the frame adds header and footer.
 * `said`: the settings valid for this meeting (its snapshot once held).
 */
export function minutesBody(meeting: Meeting, said: HeldWith, assignments: MinutesAssignment[], width: number): Block[] {
  const counter = listCounter()
  const placeName = [said.placeName, meeting.council].find(hasText) ?? ''
  const where = placeWithVideo(meeting.place)
  return [
    heading(1, `${documentTypeOf(meeting)} ${councilLabel(meeting.council)} ${formatDayMonthYear(meeting.date)}`),
    paragraph(`${placeName} ${meeting.date}`.trim()),
    ...protocolStateLine(meeting),
    ...attendanceSection(meeting, width),
    labelled(T.time, formatDateAndTime(meeting.date, meeting.startTime, meeting.endTime)),
    ...(hasText(where) ? [labelled(T.place, where)] : []),
    ...itemSections(meeting, assignments, counter, width),
    ...assignmentTable(
      assignments.filter((a) => !meeting.agenda.some((item) => item.id === a.agendaItemId)),
      width
    ),
    ...attachmentsSection(meeting),
    ...nextMeetingSection(meeting),
    ...contactSection(said.coordinator),
    ...signatureSection(meeting)
  ]
}
