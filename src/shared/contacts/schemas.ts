import { z } from 'zod'
import { OrganisationKindSchema } from '../domain/contacts'
import { EmailSchema, IdSchema, multilineText, requiredText, textField } from '../domain/primitives'
import { parsePhone } from './phone'

/** Name, title: normalised and bounded (domain primitives), with messages the form shows next to the field. */
const text = textField
const required = (max: number, message: string) => requiredText(max, { message })

/** E-mail as typed, trimmed; empty means none. The one e-mail schema of every address field. */
export const ContactEmailSchema = EmailSchema

/** Any common Swedish form in, the grouped form out ("070-123 45 67"). */
export const ContactPhoneSchema = z
  .string()
  .max(40, 'högst 40 tecken')
  .transform((raw, ctx) => {
    const parsed = parsePhone(raw)
    if (parsed.ok) return parsed.value
    ctx.addIssue({ code: 'custom', message: parsed.message })
    return z.NEVER
  })

export const NewOrganisationSchema = z.object({
  name: required(200, 'ange organisationens namn'),
  kind: OrganisationKindSchema.default('other')
})

/**
 * Create (no id) or update (id) a contact. An organisation may be created on the fly.
 * Other keys (createdAt, updatedAt…) are dropped, so a contact from contacts.list can be
 * sent back as it is; they never reach the store.
 */
export const ContactInputSchema = z
  .object({
    id: IdSchema.optional(),
    name: required(200, 'namn måste fyllas i'),
    title: text(200).default(''),
    organisationId: IdSchema.nullable().default(null),
    /** When given, an organisation with this name is used or created, and organisationId ignored. */
    newOrganisation: NewOrganisationSchema.nullable().default(null),
    email: ContactEmailSchema.default(''),
    phone: ContactPhoneSchema.default(''),
    groupIds: z.array(IdSchema).max(200).default([]),
    notes: multilineText(5000).default('')
  })
export type ContactInput = z.input<typeof ContactInputSchema>

export const OrganisationInputSchema = z
  .object({
    id: IdSchema.optional(),
    name: required(200, 'organisationens namn måste fyllas i'),
    kind: OrganisationKindSchema
  })
export type OrganisationInput = z.input<typeof OrganisationInputSchema>

/** Groups the coordinator creates are 'custom'; the built-in ones keep their kind. */
export const GroupInputSchema = z
  .object({
    id: IdSchema.optional(),
    name: required(120, 'gruppens namn måste fyllas i')
  })
export type GroupInput = z.input<typeof GroupInputSchema>

export const GroupMembersInputSchema = z
  .object({ groupId: IdSchema, contactIds: z.array(IdSchema).min(1, 'välj minst en kontakt').max(10_000) })
  .strict()



/** The fields an import column can be mapped to. */
export const IMPORT_FIELDS = [
  'name',
  'firstName',
  'lastName',
  'email',
  'phone',
  'mobile',
  'organisation',
  'title',
  'notes'
] as const
export type ImportField = (typeof IMPORT_FIELDS)[number]

/** Which column (0-based index into headers) feeds each field; null when none. */
export const ImportMappingSchema = z.object(
  Object.fromEntries(IMPORT_FIELDS.map((f) => [f, z.number().int().min(0).max(500).nullable().default(null)])) as {
    [K in ImportField]: z.ZodDefault<z.ZodNullable<z.ZodNumber>>
  }
)
export type ImportMapping = z.output<typeof ImportMappingSchema>

export const IMPORT_ACTIONS = ['add', 'merge', 'skip'] as const
export const ImportActionSchema = z.enum(IMPORT_ACTIONS)
export type ImportAction = z.infer<typeof ImportActionSchema>

export const ImportTokenSchema = z.string().min(8).max(100)
