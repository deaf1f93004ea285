import type { DocumentPreview } from '../../../shared/contract/documents'
import type { CountedSaveResult, SaveResult } from '../../../shared/contract/files'
import { computeReach } from '../../../shared/seminars/reach'
import { seminarFileBase } from '../../documents/seminars/content'
import type { ServiceContext } from '../context'
import { todayOf } from '../contacts/stamp'
import { saveViaDialog } from '../files/save-via-dialog'
import { seminarFiles, type SeminarFile } from './files'
import { findSeminar, registrationsOf } from './records'
import { reachWorkbook, registrationsWorkbook } from './workbooks'

const WORD = { name: 'Word-dokument', extensions: ['docx'] }
const EXCEL = { name: 'Excel-arbetsbok', extensions: ['xlsx'] }
const CALENDAR = { name: 'Kalenderfil', extensions: ['ics'] }

type WordKind = 'invitation' | 'participants' | 'kitchen'
const TITLES: Record<WordKind, string> = {
  invitation: 'Spara inbjudan som Word',
  participants: 'Spara deltagarlistan som Word',
  kitchen: 'Spara listan till köket som Word'
}

const wordFile = (ctx: ServiceContext, id: string, kind: WordKind): SeminarFile => {
  const db = ctx.store.read()
  return seminarFiles(ctx, db, findSeminar(db, id))[kind]
}

export async function previewWord(ctx: ServiceContext, id: string, kind: WordKind): Promise<DocumentPreview> {
  const file = wordFile(ctx, id, kind)
  return { fileName: file.fileName, base64: Buffer.from(await file.bytes()).toString('base64') }
}

export async function saveWord(ctx: ServiceContext, id: string, kind: WordKind): Promise<SaveResult> {
  const file = wordFile(ctx, id, kind)
  const result = await saveViaDialog(ctx, { title: TITLES[kind], defaultName: file.fileName, filters: [WORD], bytes: file.bytes })
  if (result.status === 'saved') ctx.log.info('document saved', { kind: `seminar-${kind}` })
  return result
}

export function saveIcs(ctx: ServiceContext, id: string): Promise<SaveResult> {
  const db = ctx.store.read()
  const { ics } = seminarFiles(ctx, db, findSeminar(db, id))
  return saveViaDialog(ctx, { title: 'Spara kalenderfilen', defaultName: ics.fileName, filters: [CALENDAR], bytes: ics.text })
}

/** "anmalningar-frukostseminarium-2019-03-28.xlsx": Anmälda, Reservlista, Avbokade. */
export async function exportRegistrations(ctx: ServiceContext, id: string): Promise<CountedSaveResult> {
  const db = ctx.store.read()
  const s = findSeminar(db, id)
  const regs = registrationsOf(db, id)
  const defaultName = `${seminarFileBase('anmalningar', s)}.xlsx`
  const result = await saveViaDialog(ctx, { title: 'Spara anmälningarna som Excel', defaultName, filters: [EXCEL], bytes: () => registrationsWorkbook(regs) })
  return result.status === 'saved' ? { ...result, count: regs.length } : result
}

/** "seminarier-rackvidd-2019-03-01.xlsx": the reach figures per year and in total. */
export function exportReach(ctx: ServiceContext): Promise<SaveResult> {
  const reach = computeReach(ctx.store.read())
  return saveViaDialog(ctx, { title: 'Spara räckvidden som Excel', defaultName: `seminarier-rackvidd-${todayOf(ctx)}.xlsx`, filters: [EXCEL], bytes: () => reachWorkbook(reach) })
}
