import { z } from 'zod'

/**
 * Schema version 1, FROZEN: never edit this file when the live schema changes.
 *
 * It describes only what the v1→v2 migration reads; everything else passes
 * through untouched (loose objects) and is checked by the live DatabaseSchema
 * once all migrations have run. Copying the whole v1 model here would only
 * duplicate what the final validation already enforces.
 *
 * In v1 a contact carried its organisation as free text and its groups as
 * names; meetings had no sender snapshot or place name and took both from the
 * settings at print time (so renaming the district rewrote old minutes).
 */
export const V1ContactSchema = z.looseObject({
  organisation: z.string().default(''),
  groups: z.array(z.string()).default([])
})

export const V1MeetingSchema = z.looseObject({})

export const V1SettingsSchema = z.looseObject({
  sender: z.looseObject({}).default({}),
  placeName: z.string().default('')
})

export const V1DatabaseSchema = z.looseObject({
  schemaVersion: z.literal(1),
  settings: V1SettingsSchema,
  contacts: z.array(V1ContactSchema),
  meetings: z.array(V1MeetingSchema)
})
export type V1Database = z.infer<typeof V1DatabaseSchema>
