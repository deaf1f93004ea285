import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Database } from '../../shared/domain/database'
import { seminarFileBase } from '../documents/seminars/content'
import { buildInvitation } from '../documents/seminars/invitation'
import { buildParticipants } from '../documents/seminars/participants'
import type { DocumentDeps } from '../documents'
import { registrationsWorkbook } from '../services/seminars/workbooks'
import { EXAMPLE_IDS } from './ids'

/**
 * The example breakfast seminar's inbjudan, deltagarlista and registrations workbook
 * (`npm run demo`), built as the app builds them. Returns the paths written.
 */
export async function writeExampleSeminarDocuments(folder: string, db: Readonly<Database>, deps: DocumentDeps): Promise<string[]> {
  const seminar = db.seminars.find((s) => s.id === EXAMPLE_IDS.seminar) ?? db.seminars[0]
  if (!seminar) return []
  const regs = db.registrations.filter((r) => r.seminarId === seminar.id)
  const files: [string, () => Promise<Uint8Array>][] = [
    [`${seminarFileBase('inbjudan', seminar)}.docx`, () => buildInvitation(seminar, db.settings, deps)],
    [`${seminarFileBase('deltagarlista', seminar)}.docx`, () => buildParticipants(seminar, regs, db.settings, deps)],
    [`${seminarFileBase('anmalningar', seminar)}.xlsx`, () => registrationsWorkbook(regs)]
  ]
  const written: string[] = []
  for (const [name, bytes] of files) {
    const path = join(folder, name)
    await writeFile(path, await bytes())
    written.push(path)
  }
  return written
}
