import { z } from 'zod'

/**
 * Schema version 2, FROZEN: never edit this file when the live schema changes.
 *
 * Like v1.ts it describes only what the v2→v3 migration reads; everything else passes
 * through (loose objects) and is checked by the live DatabaseSchema after the last step.
 *
 * In v2 a meeting carried a snapshot of the sender and the place name (taken for every
 * meeting, planned or held), but the Kontakt block was read from the settings at print
 * time: changing the coordinator in Inställningar rewrote the minutes of 2019.
 */
export const V2SenderSchema = z.looseObject({})

export const V2MeetingSchema = z.looseObject({
  status: z.enum(['planned', 'held', 'cancelled']).default('planned'),
  sender: V2SenderSchema.default({}),
  placeName: z.string().default('')
})

export const V2SettingsSchema = z.looseObject({
  sender: V2SenderSchema.default({}),
  placeName: z.string().default(''),
  coordinator: z.looseObject({}).default({})
})

export const V2DatabaseSchema = z.looseObject({
  schemaVersion: z.literal(2),
  settings: V2SettingsSchema,
  meetings: z.array(V2MeetingSchema)
})
export type V2Database = z.infer<typeof V2DatabaseSchema>
