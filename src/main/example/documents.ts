import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { buildMinutes, minutesFileName } from '../documents'
import { minutesAssignments } from '../services/documents/minutes-source'
import type { Database } from '../../shared/domain/database'
import { writeExampleKallelse } from './kallelse'
import { writeExampleSeminarDocuments } from './seminar-documents'

/** The example ships no logo: the city's logo is hers to choose. */
const noLogo = async (): Promise<Uint8Array> => {
  throw new Error('the example has no logo')
}

/** The kallelse is issued two weeks before 2019-05-10; a fixed time keeps the demo's files the same on every run. */
const KALLELSE_MADE = new Date('2019-04-26T08:00:00Z')
/** The seminar's documents are made the day the example was entered, before the seminar of 2019-03-28. */
const SEMINAR_DOCUMENTS_MADE = new Date('2019-02-25T08:00:00Z')

/**
 * Writes the example's documents into `folder` and returns the paths written: the
 * minutes of every held meeting, then the planned meeting's kallelse (Word file, e-mail
 * draft, calendar invitation). Then the example seminar's inbjudan, deltagarlista and registrations workbook.
 */
export async function writeExampleDocuments(folder: string, db: Readonly<Database>): Promise<string[]> {
  const written: string[] = []
  for (const meeting of db.meetings.filter((m) => m.status === 'held')) {
    const bytes = await buildMinutes(meeting, db.settings, { readFile: noLogo }, { assignments: minutesAssignments(db, meeting.id) })
    const path = join(folder, minutesFileName(meeting))
    await writeFile(path, bytes)
    written.push(path)
  }
  written.push(...(await writeExampleKallelse(folder, db, { readFile: noLogo, now: () => KALLELSE_MADE })))
  written.push(...(await writeExampleSeminarDocuments(folder, db, { readFile: noLogo, now: () => SEMINAR_DOCUMENTS_MADE })))
  return written
}
