import { z } from 'zod'

/**
 * Schema version 3, FROZEN: never edit this file when the live schema changes.
 *
 * Like v2.ts it describes only what the v3→v4 migration reads; everything else passes
 * through (loose objects) and is checked by the live DatabaseSchema after the last step.
 *
 * In v3 an invitee's `role` held role and organisation in one text, as typed
 * ("Kommunpolis, Polisen Lpo Skärholmen"), and a meeting had no record of the
 * kallelser sent for it.
 */
export const V3InviteeSchema = z.looseObject({
  contactId: z.string().nullable().default(null),
  role: z.string().default('')
})

export const V3MeetingSchema = z.looseObject({
  invitees: z.array(V3InviteeSchema).default([])
})

export const V3DatabaseSchema = z.looseObject({
  schemaVersion: z.literal(3),
  organisations: z.array(z.looseObject({ id: z.string(), name: z.string() })),
  contacts: z.array(z.looseObject({ id: z.string(), organisationId: z.string().nullable().default(null) })),
  meetings: z.array(V3MeetingSchema)
})
export type V3Database = z.infer<typeof V3DatabaseSchema>
export type V3Invitee = z.infer<typeof V3InviteeSchema>
