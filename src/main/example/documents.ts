import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { buildMinutes, minutesFileName } from '../documents'
import { minutesAssignments } from '../services/documents/minutes-source'
import type { Database } from '../../shared/domain/database'

/**
 * Writes the example's documents into `folder` and returns the paths written: the
 * minutes of every held meeting. The kallelse and seminar documents join here when
 * their builders exist.
 */
/** The example ships no logo: the city's logo is hers to choose. */
const noLogo = async (): Promise<Uint8Array> => {
  throw new Error('the example has no logo')
}

export async function writeExampleDocuments(folder: string, db: Readonly<Database>): Promise<string[]> {
  const written: string[] = []
  for (const meeting of db.meetings.filter((m) => m.status === 'held')) {
    const bytes = await buildMinutes(meeting, db.settings, { readFile: noLogo }, { assignments: minutesAssignments(db, meeting.id) })
    const path = join(folder, minutesFileName(meeting))
    await writeFile(path, bytes)
    written.push(path)
  }
  return written
}
