import type { Paragraph, Table } from 'docx'
import { heldWithOf } from '../../../shared/domain/meetings'
import type { Seminar } from '../../../shared/domain/seminars'
import type { Coordinator, Settings } from '../../../shared/domain/settings'
import { buildFramedDocument } from '../frame/build'
import { loadLogo } from '../frame/logo'
import { textWidth } from '../frame/measures'
import type { DocumentDeps } from '../index'

export type Block = Paragraph | Table

export interface SeminarDocument {
  /** The header's document type: "Inbjudan", "Deltagarlista", "Till köket". */
  documentType: string
  title: string
  body: (width: number, coordinator: Coordinator) => Block[]
}

/** A seminar document in the shared frame, with today's settings (a seminar keeps no snapshot). */
export async function buildSeminarDocument(seminar: Seminar, settings: Settings, deps: DocumentDeps, doc: SeminarDocument): Promise<Uint8Array> {
  const said = heldWithOf(settings)
  return buildFramedDocument({
    documentSettings: said.documents,
    sender: said.sender,
    reference: { documentType: doc.documentType, isoDate: seminar.date, caseNumber: '' },
    title: doc.title,
    creator: [said.coordinator.name, said.sender.administration].find((s) => s.trim() !== '') ?? 'Samverkan',
    logo: await loadLogo(said.documents.logoPath, deps.readFile),
    created: deps.now?.() ?? new Date(),
    body: doc.body(textWidth(said.documents), said.coordinator)
  })
}
