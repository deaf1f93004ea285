import { z } from 'zod'
import { ContactSchema, GroupSchema, OrganisationKindSchema, OrganisationSchema } from '../domain/contacts'
import { EmailSchema, IdSchema, multilineText, requiredText, textField } from '../domain/primitives'
import { parsePhone } from '../contacts/phone'
import {
  ImportAnalysisSchema,
  ImportCommitInputSchema,
  ImportPageInputSchema,
  ImportPreviewSchema,
  ImportSummarySchema,
  ImportTokenSchema,
  ImportUndoSummarySchema
} from './contacts-import'
import { IdInputSchema, method, NoInput } from './define'
import { CountedSaveResultSchema } from './files'

// The import's schemas live beside this file (one concern each); callers reach both through here.
export * from './contacts-import'

/*
 * Kontakter across the process boundary.
 * - contacts.list gives every person's list row (contacts.get the whole person); search, filters and sorting run in the
 *   renderer with src/shared/contacts (buildSearchIndex + searchContacts), instantly.
 * - Import: importOpen (file dialog; null if cancelled) -> importAnalyse (as often as
 *   the mapping changes; writes nothing) -> importCommit (one transaction) or importCancel.
 * - importOpen resolves to null when she closes the dialog; exports resolve to a
 *   SaveResult (files.ts), 'cancelled' then.
 * - Field errors come back as ApiError.fields with paths like "email", "phone",
 *   "newOrganisation.name"; the same checks are exported for the form (parsePhone,
 *   isValidEmail).
 */

// Inputs: what the coordinator types (the form) or imports, with the messages shown next to each field.

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

/** A text schema's longest value (through a default); a schema without one is a mistake here. */
function maxLengthOf(schema: z.ZodType): number {
  const inner = schema instanceof z.ZodDefault ? schema.unwrap() : schema
  const max = inner instanceof z.ZodString ? inner.maxLength : null
  if (max === null) throw new Error('a bounded text schema was expected')
  return max
}

/** The longest text each imported field may hold: read off the input schemas, so an import checks exactly what a save would. */
export const CONTACT_TEXT_LIMITS = {
  name: maxLengthOf(ContactInputSchema.shape.name),
  title: maxLengthOf(ContactInputSchema.shape.title),
  organisation: maxLengthOf(NewOrganisationSchema.shape.name),
  email: maxLengthOf(ContactInputSchema.shape.email),
  notes: maxLengthOf(ContactInputSchema.shape.notes)
} as const

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

const detailText = (max: number) => z.string().trim().max(max, `högst ${max} tecken`)

/** The details of an organisation the coordinator edits; the same checks as a contact's phone and e-mail. */
export const ORGANISATION_DETAILS = ['address', 'phone', 'email', 'web', 'notes'] as const
export type OrganisationDetail = (typeof ORGANISATION_DETAILS)[number]

/** Create (no id) or update and rename (id) an organisation with its details. */
export const OrganisationDetailsInputSchema = z.object({
  id: IdSchema.optional(),
  name: detailText(200).min(1, 'organisationens namn måste fyllas i'),
  kind: OrganisationKindSchema.default('other'),
  address: detailText(300).default(''),
  phone: ContactPhoneSchema.default(''),
  email: ContactEmailSchema.default(''),
  web: detailText(300).default(''),
  notes: detailText(5000).default('')
})
export type OrganisationDetailsInput = z.input<typeof OrganisationDetailsInputSchema>

/** Moves every person of `fromId` to `intoId`, keeps what only `fromId` knew, then removes it. */
export const OrganisationMergeInputSchema = z
  .object({ fromId: IdSchema, intoId: IdSchema })
  .strict()
  .refine((m) => m.fromId !== m.intoId, { message: 'välj en annan organisation att slå ihop med', path: ['intoId'] })
export type OrganisationMergeInput = z.input<typeof OrganisationMergeInputSchema>

/** A person as the list shows her: no notes or times, which contacts.get gives for the form. */
export const ContactRowSchema = ContactSchema.pick({ id: true, name: true, title: true, organisationId: true, email: true, phone: true, groupIds: true })

/**
 * The register as the list needs it: every person's row (a 20,000-row register is a few MB,
 * not every field of every person), organisations and groups; the renderer searches and
 * filters it in memory (src/shared/contacts/search).
 */
export const RegisterSchema = z.object({
  contacts: z.array(ContactRowSchema),
  organisations: z.array(OrganisationSchema),
  groups: z.array(GroupSchema)
})
export type Register = z.infer<typeof RegisterSchema>

/** A record typed in without a link to the register that may be about the person. */
export const ErasureCandidateSchema = z.object({
  /** "registration:<id>" or "meeting:<id>", for ErasureInput.alsoErase. */
  id: z.string(),
  matchedBy: z.enum(['email', 'name']),
  /** Found by e-mail: erased unless she unticks it. By name alone: only if she ticks it. */
  suggested: z.boolean(),
  /** Swedish, e.g. "Anmälan till seminariet ”Trygg handel” 2019-03-05 som ”A. Lindqvist”". */
  description: z.string()
})
export type ErasureCandidate = z.infer<typeof ErasureCandidateSchema>

export const ErasureInputSchema = z
  .object({
    id: IdSchema,
    /** The candidates to erase as well; omitted: the suggested ones. */
    alsoErase: z.array(z.string().max(200)).max(10_000).optional()
  })
  .strict()

export const ErasureSummarySchema = z.object({
  contactId: IdSchema,
  name: z.string(),
  /** Swedish lines: what is (or will be) removed. */
  removed: z.array(z.string()),
  /** Swedish lines: what is (or will be) kept, and why (public records). */
  kept: z.array(z.string()),
  counts: z.object({
    groupMemberships: z.number().int(),
    registrations: z.number().int(),
    plannedMeetingInvitations: z.number().int(),
    heldMeetingsKept: z.number().int(),
    assignmentsUnlinked: z.number().int(),
    /** Insatser she owned (issue 16). */
    actionsUnlinked: z.number().int(),
    unlinkedErased: z.number().int()
  }),
  /** Unlinked records that may be hers, to choose from. */
  candidates: z.array(ErasureCandidateSchema),
  /** The last day (YYYY-MM-DD) a backup still holds what is erased today. */
  backupsUntil: z.string()
})
export type ErasureSummary = z.infer<typeof ErasureSummarySchema>

export const contactsContract = {
  'contacts.list': method(NoInput, RegisterSchema),
  /** One person with every field, for the form. */
  'contacts.get': method(IdInputSchema, ContactSchema),
  'contacts.save': method(ContactInputSchema, ContactSchema),
  /** Deletes a contact; meetings and registrations keep their name snapshot. For GDPR use erase. */
  'contacts.delete': method(IdInputSchema, z.null()),
  'contacts.saveOrganisation': method(OrganisationInputSchema, OrganisationSchema),
  /** Its people stay in the register without an organisation. */
  'contacts.deleteOrganisation': method(IdInputSchema, z.null()),
  'contacts.saveGroup': method(GroupInputSchema, GroupSchema),
  /** Built-in groups cannot be deleted (conflict). */
  'contacts.deleteGroup': method(IdInputSchema, z.null()),
  'contacts.addToGroup': method(GroupMembersInputSchema, z.null()),
  'contacts.removeFromGroup': method(GroupMembersInputSchema, z.null()),

  /** Opens the file dialog (xlsx, csv, vcf) and reads the file; nothing is stored. */
  'contacts.importOpen': method(NoInput, ImportPreviewSchema.nullable()),
  /** The first page (or the page at `offset`) of the analysis; the whole is kept in main. */
  'contacts.importAnalyse': method(ImportPageInputSchema, ImportAnalysisSchema),
  /** One transaction: everything or nothing is written. */
  'contacts.importCommit': method(ImportCommitInputSchema, ImportSummarySchema),
  'contacts.importCancel': method(z.object({ token: ImportTokenSchema }).strict(), z.null()),
  /** "Ångra importen": removes what that import added and restores what it merged, in one update. */
  'contacts.importUndo': method(z.object({ undoToken: ImportTokenSchema }).strict(), ImportUndoSummarySchema),

  /** The whole register, or the given contacts (a filtered view), via the save dialog. */
  'contacts.export': method(
    z.object({ format: z.enum(['xlsx', 'csv']), ids: z.array(IdSchema).max(100_000).optional() }).strict(),
    CountedSaveResultSchema
  ),
  /** GDPR register extract: everything held about one person, via the save dialog. */
  'contacts.extract': method(
    z.object({ id: IdSchema, format: z.enum(['xlsx', 'json']) }).strict(),
    CountedSaveResultSchema
  ),
  'contacts.erasePreview': method(ErasureInputSchema, ErasureSummarySchema),
  'contacts.erase': method(ErasureInputSchema, ErasureSummarySchema)
}

export const OrganisationMergeResultSchema = z.object({
  organisation: OrganisationSchema,
  /** How many people moved from the merged-away organisation. */
  movedContacts: z.number().int()
})

/** Organisationer: details, rename, merge, delete. */
export const organisationsContract = {
  /** Create, or update and rename, with address, phone, e-mail, web and notes. */
  'organisations.save': method(OrganisationDetailsInputSchema, OrganisationSchema),
  /** One store update: people move, details only the merged-away one had are kept. */
  'organisations.merge': method(OrganisationMergeInputSchema, OrganisationMergeResultSchema),
  /** Only an organisation nobody belongs to; refused ('conflict') otherwise. */
  'organisations.delete': method(IdInputSchema, z.null())
}

export const GroupEmailsSchema = z.object({
  /** Addresses joined with "; ", for Outlook's To line. */
  text: z.string(),
  count: z.number().int(),
  /** Members without an e-mail address, by name. */
  missing: z.array(z.string())
})
export type GroupEmails = z.infer<typeof GroupEmailsSchema>

/** A group's e-mail addresses, put on the clipboard by main (the renderer gets no clipboard permission). */
export const groupsContract = {
  'groups.copyEmails': method(z.object({ groupId: IdSchema }).strict(), GroupEmailsSchema)
}
