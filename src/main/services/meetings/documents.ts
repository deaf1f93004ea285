import type { Database } from '../../../shared/domain/database'
import type { Meeting } from '../../../shared/domain/meetings'
import { stockholmIsoDate } from '../../../shared/format/dates'
import { buildKallelse, kallelseContent, kallelseFileName, type KallelseContent } from '../../documents/kallelse'
import type { ServiceContext } from '../context'
import { readLogoCopy } from '../settings/logo'
import { kallelseFollowUps } from './kallelse-source'

/** One kallelse as the meeting stands: its text content and its Word file, issued today. */
export interface KallelseFiles {
  fileName: string
  content: KallelseContent
  docx: () => Promise<Uint8Array>
}

/** The kallelse of `meeting` (which may carry a raised SEQUENCE not yet stored), from one snapshot of the store. */
export function kallelseFiles(ctx: ServiceContext, db: Readonly<Database>, meeting: Meeting): KallelseFiles {
  const issuedOn = stockholmIsoDate(ctx.clock())
  const followUps = kallelseFollowUps(db, meeting)
  return {
    fileName: kallelseFileName(meeting),
    content: kallelseContent(meeting, db.settings, { followUps, issuedOn }),
    docx: () =>
      buildKallelse(meeting, db.settings, { readFile: (name) => readLogoCopy(ctx.paths.dataDir, name), now: ctx.clock }, { followUps, issuedOn })
  }
}
