import { z } from 'zod'

/**
 * Schema version 4, FROZEN: never edit this file when the live schema changes.
 *
 * Like v3.ts it describes only what the v4→v5 migration reads; everything else passes
 * through (loose objects) and is checked by the live DatabaseSchema after the last step.
 *
 * In v4 a registration had its status and a few timestamps (registered, cancelled,
 * checked in) but no history, no late or walk-in mark and no link to a register
 * organisation; a seminar had no cancel reason and no record of being held or invited.
 */
export const V4RegistrationSchema = z.looseObject({
  contactId: z.string().nullable().default(null),
  organisation: z.string().default(''),
  status: z.enum(['booked', 'waitlisted', 'cancelled', 'attended', 'noShow']).default('booked'),
  registeredAt: z.string(),
  cancelledAt: z.string().nullable().default(null),
  checkedInAt: z.string().nullable().default(null),
  updatedAt: z.string(),
  seminarId: z.string()
})

export const V4SeminarSchema = z.looseObject({
  id: z.string(),
  status: z.string().default('planned'),
  registrationDeadline: z.string().nullable().default(null),
  updatedAt: z.string()
})

export const V4DatabaseSchema = z.looseObject({
  schemaVersion: z.literal(4),
  organisations: z.array(z.looseObject({ id: z.string(), name: z.string() })),
  contacts: z.array(z.looseObject({ id: z.string(), organisationId: z.string().nullable().default(null) })),
  seminars: z.array(V4SeminarSchema),
  registrations: z.array(V4RegistrationSchema)
})
export type V4Database = z.infer<typeof V4DatabaseSchema>
export type V4Registration = z.infer<typeof V4RegistrationSchema>
export type V4Seminar = z.infer<typeof V4SeminarSchema>
