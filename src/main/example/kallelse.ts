import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Database } from '../../shared/domain/database'
import { addDays } from '../../shared/format/dates'
import { meetingInvitation } from '../calendar/meeting-event'
import { buildKallelse, kallelseContent, kallelseFileBase } from '../documents/kallelse'
import type { ReadFile } from '../documents/frame/logo'
import { buildKallelseEml } from '../mail/kallelse-mail'
import { kallelseFollowUps } from '../services/meetings/kallelse-source'
import { EXAMPLE_IDS } from './ids'

export interface ExampleKallelseFile {
  fileName: string
  bytes: Uint8Array
}

export interface ExampleKallelseDeps {
  readFile: ReadFile
  /** When the files are made: DTSTAMP, the mail's Date, docProps. */
  now: () => Date
}

/**
 * The kallelse of the planned meeting of 2019-05-10, as the demo writes it: the
 * Word file, the mail draft (.eml) with both attached, and the invitation (.ics).
 * It is issued two weeks before the meeting, as the council's kallelser are.
 */
export async function exampleKallelseFiles(db: Readonly<Database>, deps: ExampleKallelseDeps): Promise<ExampleKallelseFile[]> {
  const meeting = db.meetings.find((m) => m.id === EXAMPLE_IDS.plannedMeeting)
  if (!meeting) throw new Error('the example has no planned meeting')
  const now = deps.now()
  const issuedOn = addDays(meeting.date, -14)
  const followUps = kallelseFollowUps(db, meeting)
  const docx = await buildKallelse(meeting, db.settings, { readFile: deps.readFile, now: deps.now }, { followUps, issuedOn })
  const content = kallelseContent(meeting, db.settings, { followUps, issuedOn })
  const ics = meetingInvitation(meeting, db.settings, content, now, 'request')
  const eml = await buildKallelseEml({ meeting, settings: db.settings, content, docx, ics, kind: 'request', recipientMode: 'to', date: now })
  const base = kallelseFileBase(meeting.date)
  return [
    { fileName: `${base}.docx`, bytes: docx },
    { fileName: `${base}.eml`, bytes: eml },
    { fileName: `${base}.ics`, bytes: new TextEncoder().encode(ics) }
  ]
}

/** Writes the example kallelse files into `folder`; returns the paths written. */
export async function writeExampleKallelse(folder: string, db: Readonly<Database>, deps: ExampleKallelseDeps): Promise<string[]> {
  const paths: string[] = []
  for (const file of await exampleKallelseFiles(db, deps)) {
    const path = join(folder, file.fileName)
    await writeFile(path, file.bytes)
    paths.push(path)
  }
  return paths
}
