import { z } from 'zod'

/** Stable random id: a UUID from crypto.randomUUID (ctx.newId); older and example ids are any 8–64 URL-safe characters, so the check allows those too. */
export const IdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'ogiltigt id')
export type Id = z.infer<typeof IdSchema>

/** Calendar date as YYYY-MM-DD (Europe/Stockholm local date). */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'datum ska skrivas ÅÅÅÅ-MM-DD')
  .refine((s) => isRealDate(s), 'datumet finns inte')
export type IsoDate = z.infer<typeof IsoDateSchema>

/** Instant as an ISO 8601 timestamp (UTC, with Z). */
export const TimestampSchema = z.iso.datetime({ offset: true })
export type Timestamp = z.infer<typeof TimestampSchema>

/** Clock time as HH:MM, 24-hour. */
export const TimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'tid ska skrivas TT:MM')
export type Time = z.infer<typeof TimeSchema>

// Text and e-mail fields: one normalisation and one e-mail check for every field.
export * from './text-fields'

function isRealDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number)
  const dt = new Date(Date.UTC(y, m - 1, d))
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d
}
