import { z } from 'zod'
import { OrganisationKindSchema } from '../domain/contacts'
import { IdSchema } from '../domain/primitives'
import { ContactEmailSchema, ContactPhoneSchema } from './schemas'

const text = (max: number) => z.string().trim().max(max, `högst ${max} tecken`)

/** The details of an organisation the coordinator edits; the same checks as a contact's phone and e-mail. */
export const ORGANISATION_DETAILS = ['address', 'phone', 'email', 'web', 'notes'] as const
export type OrganisationDetail = (typeof ORGANISATION_DETAILS)[number]

/** Create (no id) or update and rename (id) an organisation with its details. */
export const OrganisationDetailsInputSchema = z.object({
  id: IdSchema.optional(),
  name: text(200).min(1, 'organisationens namn måste fyllas i'),
  kind: OrganisationKindSchema.default('other'),
  address: text(300).default(''),
  phone: ContactPhoneSchema.default(''),
  email: ContactEmailSchema.default(''),
  web: text(300).default(''),
  notes: text(5000).default('')
})
export type OrganisationDetailsInput = z.input<typeof OrganisationDetailsInputSchema>

/** Moves every person of `fromId` to `intoId`, keeps what only `fromId` knew, then removes it. */
export const OrganisationMergeInputSchema = z
  .object({ fromId: IdSchema, intoId: IdSchema })
  .strict()
  .refine((m) => m.fromId !== m.intoId, { message: 'välj en annan organisation att slå ihop med', path: ['intoId'] })
export type OrganisationMergeInput = z.input<typeof OrganisationMergeInputSchema>
