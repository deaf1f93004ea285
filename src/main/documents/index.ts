import type { Meeting } from '../../shared/domain/meetings'
import type { Settings } from '../../shared/domain/settings'
import { buildFramedDocument } from './frame/build'
import { loadLogo, type ReadFile } from './frame/logo'
import { textWidth } from './frame/measures'
import type { MinutesAssignment } from './minutes/items'
import { documentTypeOf } from './minutes/labels'
import { minutesBody, minutesFileName, minutesTitle } from './minutes/minutes'
import { documentSettingsFor } from './valid-then'

export { minutesFileName, minutesTitle }
export { documentSettingsFor, type MeetingDocumentSettings } from './valid-then'
export type { MinutesAssignment }
export { buildFramedDocument, type FrameInput } from './frame/build'

export interface DocumentDeps {
  /** Reads the logo chosen in settings; a failure just leaves the logo out. */
  readFile: ReadFile
  /** When the file is made (docProps); the service passes its clock. */
  now?: () => Date
}

export interface MinutesOptions {
  /** The meeting's assignments with owners resolved to names (from the store). */
  assignments?: MinutesAssignment[]
}

/** The minutes of a meeting as a .docx file: minnesanteckningar or protokoll per meeting.minutes.kind. */
export async function buildMinutes(
  meeting: Meeting,
  settings: Settings,
  deps: DocumentDeps,
  options: MinutesOptions = {}
): Promise<Uint8Array> {
  const { said, look: documentSettings } = documentSettingsFor(meeting, settings)
  return buildFramedDocument({
    documentSettings,
    sender: said.sender,
    reference: { documentType: documentTypeOf(meeting), isoDate: meeting.date, caseNumber: meeting.caseNumber },
    title: minutesTitle(meeting),
    creator: [said.coordinator.name, said.sender.administration].find((s) => s.trim() !== '') ?? 'Samverkan',
    logo: await loadLogo(documentSettings.logoPath, deps.readFile),
    created: deps.now?.() ?? new Date(),
    body: minutesBody(meeting, said, options.assignments ?? [], textWidth(documentSettings))
  })
}
