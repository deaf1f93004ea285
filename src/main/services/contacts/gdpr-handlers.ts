import type { Database } from '../../../shared/domain/database'
import type { HandlersFor } from '../../api/dispatch'
import { notFound } from '../../api/errors'
import type { ServiceContext } from '../context'
import { RETENTION_DAYS as BACKUP_RETENTION_DAYS } from '../../store/backups'
import { eraseContact } from './erasure'
import { registerSheet } from './export'
import { extractJson, extractSheets } from './extract'
import { saveViaDialog } from '../files/save-via-dialog'
import { toCsv, toXlsx } from './sheet'
import { stampOf, todayOf } from './stamp'
import { removeDraftsTo } from '../meetings/drafts'

type GdprHandlers = Pick<
  HandlersFor<'contacts.'>,
  'contacts.export' | 'contacts.extract' | 'contacts.erasePreview' | 'contacts.erase'
>

const FILTERS = {
  xlsx: [{ name: 'Excel-arbetsbok', extensions: ['xlsx'] }],
  csv: [{ name: 'CSV (semikolonavgränsad)', extensions: ['csv'] }],
  json: [{ name: 'JSON', extensions: ['json'] }]
}

/** A file name without characters Windows refuses. */
const safeFileName = (name: string): string => name.replace(/[\\/:*?"<>|]/g, '').trim()

function contactOf(ctx: ServiceContext, id: string) {
  const contact = ctx.store.read().contacts.find((c) => c.id === id)
  if (!contact) throw notFound('Kontakten')
  return contact
}

/** Today, and the last day a backup written today is kept: the erasure says so. */
function erasureDates(ctx: ServiceContext) {
  const today = todayOf(ctx)
  const until = new Date(`${today}T12:00:00Z`)
  until.setUTCDate(until.getUTCDate() + BACKUP_RETENTION_DAYS)
  return { today, backupsUntil: until.toISOString().slice(0, 10) }
}

/** Export of the register, and the GDPR tools: register extract and erasure. */
export const gdprHandlers: GdprHandlers = {
  'contacts.export': async ({ format, ids }, ctx) => {
    const sheet = registerSheet(ctx.store.read(), ids)
    const bytes = async () => (format === 'csv' ? toCsv(sheet) : await toXlsx([sheet]))
    const result = await saveViaDialog(ctx, { title: 'Exportera kontakter', defaultName: `Kontakter ${todayOf(ctx)}.${format}`, filters: FILTERS[format], bytes })
    if (result.status === 'cancelled') return result
    ctx.log.info('contacts exported', { format, count: sheet.rows.length })
    return { ...result, count: sheet.rows.length }
  },

  'contacts.extract': async ({ id, format }, ctx) => {
    const contact = contactOf(ctx, id)
    const defaultName = safeFileName(`Registerutdrag ${contact.name} ${todayOf(ctx)}.${format}`)
    const db = ctx.store.read()
    const sheets = extractSheets(db, contact)
    const sender = db.settings.sender.administration
    const bytes = async () => (format === 'json' ? extractJson(sheets, stampOf(ctx).now, sender) : await toXlsx(sheets))
    const result = await saveViaDialog(ctx, { title: 'Spara registerutdrag', defaultName, filters: FILTERS[format], bytes })
    if (result.status === 'cancelled') return result
    ctx.log.info('register extract saved', { format })
    return { ...result, count: sheets.reduce((n, s) => n + s.rows.length, 0) }
  },

  'contacts.erasePreview': ({ id, alsoErase }, ctx) =>
    eraseContact(structuredClone(ctx.store.read()) as Database, id, { ...erasureDates(ctx), alsoErase }),

  'contacts.erase': async ({ id, alsoErase }, ctx) => {
    const options = { ...erasureDates(ctx), alsoErase }
    const { email } = contactOf(ctx, id)
    const summary = await ctx.store.update((db) => eraseContact(db, id, options))
    // The journal still holds the erased data until it is folded into a new snapshot.
    await ctx.store.compact()
    const drafts = await removeDraftsTo(ctx, email)
    ctx.log.info('contact erased', { ...summary.counts, drafts })
    return summary
  }
}
