import { z } from 'zod'

/**
 * Schema version 5, FROZEN: never edit this file when the live schema changes.
 *
 * Like v4.ts it describes only what the v5→v6 migration reads; everything else passes
 * through (loose objects) and is checked by the live DatabaseSchema after the last step.
 *
 * In v5 a decision was a bare string on its agenda item; nothing (item, decision,
 * assignment, paragraph) could point at a priority area, and there were no priority
 * areas, insatser or yearly report texts.
 */
export const V5AgendaItemSchema = z.looseObject({
  id: z.string(),
  decisions: z.array(z.string()).default([])
})

export const V5MeetingSchema = z.looseObject({
  agenda: z.array(V5AgendaItemSchema).default([])
})

export const V5DatabaseSchema = z.looseObject({
  schemaVersion: z.literal(5),
  meetings: z.array(V5MeetingSchema),
  assignments: z.array(z.looseObject({}))
})
export type V5Database = z.infer<typeof V5DatabaseSchema>
export type V5AgendaItem = z.infer<typeof V5AgendaItemSchema>
