import { z } from 'zod'
import { EmailSchema, IdSchema, TimestampSchema, requiredText, textField } from './primitives'

export const ORGANISATION_KINDS = [
  'police',
  'school',
  'fireRescue',
  'housing',
  'business',
  'association',
  'city',
  'other'
] as const
export const OrganisationKindSchema = z.enum(ORGANISATION_KINDS)
export type OrganisationKind = z.infer<typeof OrganisationKindSchema>

export const OrganisationSchema = z.object({
  id: IdSchema,
  name: requiredText(200),
  kind: OrganisationKindSchema,
  // Details, optional so that older files and the code that creates organisations from
  // a name alone (import, the contact form) need no change; absent means empty.
  address: textField(300).optional(),
  phone: textField(40).optional(),
  email: EmailSchema.optional(),
  web: textField(300).optional(),
  notes: textField(5000).optional(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema
})
export type Organisation = z.infer<typeof OrganisationSchema>

/** Built-in groups every register has; the coordinator may add her own (kind 'custom'). */
export const GROUP_KINDS = ['councilInvitees', 'business', 'associations', 'custom'] as const
export const GroupKindSchema = z.enum(GROUP_KINDS)
export type GroupKind = z.infer<typeof GroupKindSchema>

export const GroupSchema = z.object({
  id: IdSchema,
  name: requiredText(120),
  kind: GroupKindSchema,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema
})
export type Group = z.infer<typeof GroupSchema>

export const ContactSchema = z.object({
  id: IdSchema,
  name: requiredText(200),
  title: textField(200).default(''),
  organisationId: IdSchema.nullable().default(null),
  email: EmailSchema.default(''),
  phone: textField(40).default(''),
  groupIds: z.array(IdSchema).default([]),
  notes: textField(5000).default(''),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema
})
export type Contact = z.infer<typeof ContactSchema>
