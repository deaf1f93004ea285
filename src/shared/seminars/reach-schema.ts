import { z } from 'zod'

/** Reach figures of one year or of all years (held seminars only). */
export const ReachFiguresSchema = z.object({
  /** The year, or null for the total over all years. */
  year: z.number().int().nullable(),
  seminarsHeld: z.number().int(),
  /** Registrations not cancelled (booked, attended, no-show), walk-ins excluded. */
  registrations: z.number().int(),
  /** Registrations ticked attended, walk-ins included. */
  attended: z.number().int(),
  noShows: z.number().int(),
  /** No-shows as a share of registrations, 0–100 with one decimal; null when there were none. */
  noShowPercent: z.number().nullable(),
  walkIns: z.number().int(),
  /** Distinct organisations that attended, by the register's kind; "other" covers all remaining kinds and typed names. */
  organisations: z.object({ business: z.number().int(), association: z.number().int(), other: z.number().int(), total: z.number().int() }),
  /** Organisations that attended more than one held seminar in the period. */
  returningOrganisations: z.number().int(),
  /** Contacts added to the register from a registration (addToRegister) in the period. */
  newContacts: z.number().int()
})
export type ReachFigures = z.infer<typeof ReachFiguresSchema>

export const ReachSchema = z.object({
  /** Oldest year first. */
  years: z.array(ReachFiguresSchema),
  total: ReachFiguresSchema
})
export type Reach = z.infer<typeof ReachSchema>
