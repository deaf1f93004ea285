import type { Database } from '../../../shared/domain/database'
import type { Registration, Seminar } from '../../../shared/domain/seminars'
import { outlookAddressList, recipientsOf, senderProblem, type Recipients } from '../../../shared/meetings/recipients'
import { waitingList } from '../../../shared/seminars/counts'
import type { SeminarDraftFile } from '../../../shared/seminars/results'
import { SEMINAR_TEXT } from '../../../shared/seminars/text'
import { seminarFileBase } from '../../documents/seminars/content'
import { buildEml } from '../../mail/eml'
import { invitationMailDraft, registrationMailDraft } from '../../mail/seminar-mail'
import type { ServiceContext } from '../context'
import { writeDraft } from '../meetings/drafts'
import { openDraft } from '../meetings/send'
import { seminarFiles } from './files'
import { conflict, findRegistration, findSeminar, registrationsOf } from './records'

const GROUP_KINDS: Record<Seminar['target'], readonly string[]> = {
  business: ['business'],
  associations: ['associations'],
  both: ['business', 'associations']
}

/** The register contacts in the target's built-in group(s) (Näringsliv, Föreningsliv), each address once. */
export function invitees(db: Readonly<Database>, s: Seminar): Recipients {
  const groups = new Set(db.groups.filter((g) => GROUP_KINDS[s.target].includes(g.kind)).map((g) => g.id))
  return recipientsOf(db.contacts.filter((c) => c.groupIds.some((id) => groups.has(id))))
}

export function invitationRecipients(ctx: ServiceContext, id: string) {
  const db = ctx.store.read()
  const r = invitees(db, findSeminar(db, id))
  return { text: outlookAddressList(r), count: r.withAddress.length, missing: r.withoutAddress }
}

/** "Kopiera e-postadresser": semicolon separated, on the clipboard. */
export function copySeminarEmails(ctx: ServiceContext, id: string) {
  const result = invitationRecipients(ctx, id)
  if (result.count > 0) ctx.desktop.writeClipboardText(result.text)
  return result
}

async function writeAndOpen(ctx: ServiceContext, base: string, bytes: Uint8Array, recipientCount: number, withoutAddress: string[]): Promise<SeminarDraftFile> {
  const path = await writeDraft(ctx, base, bytes)
  return { path, fileName: path.split(/[\\/]/).pop() ?? base, opened: await openDraft(ctx, path), recipientCount, withoutAddress }
}

function checkSender(db: Readonly<Database>): void {
  const problem = senderProblem(db.settings.coordinator)
  if (problem) throw conflict(problem)
}

/** The invitation .eml: Bcc to the target groups, inbjudan .docx and .ics attached; the first one stamps invitationSentAt. */
export async function sendInvitation(ctx: ServiceContext, id: string): Promise<{ draft: SeminarDraftFile; seminar: Seminar }> {
  const db = ctx.store.read()
  const s = findSeminar(db, id)
  checkSender(db)
  const r = invitees(db, s)
  const files = seminarFiles(ctx, db, s)
  const bcc = r.withAddress.map((a) => ({ name: a.name, address: a.email }))
  const mail = invitationMailDraft(s, db.settings, bcc, { docx: await files.invitation.bytes(), ics: await files.ics.text() }, ctx.clock())
  const draft = await writeAndOpen(ctx, seminarFileBase('inbjudan', s), await buildEml(mail), bcc.length, r.withoutAddress)
  await ctx.store.update((d) => {
    const stored = findSeminar(d, id)
    stored.invitationSentAt ??= ctx.clock().toISOString()
  })
  ctx.log.info('seminar invitation drafted', {})
  return { draft, seminar: structuredClone(findSeminar(ctx.store.read(), id)) }
}

/** One person's mail (confirmation or "Du har fått en plats"); booked and offered get the .ics. */
export async function sendRegistrationMail(ctx: ServiceContext, id: string, kind: 'confirmation' | 'offer'): Promise<SeminarDraftFile> {
  const db = ctx.store.read()
  const r: Registration = findRegistration(db, id)
  const s = findSeminar(db, r.seminarId)
  checkSender(db)
  if (r.status === 'cancelled') throw conflict(SEMINAR_TEXT.errors.cancelled)
  if (r.email.trim() === '') throw conflict(SEMINAR_TEXT.errors.noAddress)
  const mailKind = kind === 'offer' ? 'offer' : r.status === 'waitlisted' ? 'waitlisted' : 'booked'
  const position = waitingList(registrationsOf(db, s.id)).findIndex((w) => w.id === r.id) + 1 || null
  const ics = mailKind === 'waitlisted' ? null : await seminarFiles(ctx, db, s).ics.text()
  const mail = registrationMailDraft(mailKind, s, r, db.settings, { position, ics, date: ctx.clock() })
  const base = seminarFileBase(kind === 'offer' ? 'plats' : 'bekraftelse', s)
  return writeAndOpen(ctx, base, await buildEml(mail), 1, [])
}
