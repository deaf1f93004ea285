import { z } from 'zod'
import { ContactSchema, GroupSchema, OrganisationSchema } from '../domain/contacts'
import { IdSchema } from '../domain/primitives'
import {
  ContactInputSchema,
  GroupInputSchema,
  GroupMembersInputSchema,
  IMPORT_FIELDS,
  ImportActionSchema,
  ImportMappingSchema,
  ImportTokenSchema,
  OrganisationInputSchema
} from '../contacts/schemas'
import { OrganisationDetailsInputSchema, OrganisationMergeInputSchema } from '../contacts/organisation-input'
import { IdInputSchema, method, NoInput } from './define'
import { CountedSaveResultSchema } from './files'

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

/** A contact as read from an import row, before it is matched against the register. */
export const ImportedContactSchema = z.object({
  name: z.string(),
  title: z.string(),
  email: z.string(),
  phone: z.string(),
  organisation: z.string(),
  notes: z.string()
})
export type ImportedContact = z.infer<typeof ImportedContactSchema>

export const ImportPreviewSchema = z.object({
  token: ImportTokenSchema,
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx', 'vcf']),
  headers: z.array(z.string()),
  /** The first five data rows, as text, aligned with headers. */
  sampleRows: z.array(z.array(z.string())),
  guessedMapping: ImportMappingSchema,
  rowCount: z.number().int(),
  /** File-level problems in Swedish, each naming its row ("Rad 7: …"). */
  problems: z.array(z.string())
})
export type ImportPreview = z.infer<typeof ImportPreviewSchema>

export const DuplicateSchema = z.object({
  /** 'register': an existing contact; 'file': an earlier row of this file. */
  source: z.enum(['register', 'file']),
  reason: z.enum(['email', 'nameAndOrganisation']),
  contactId: IdSchema.nullable(),
  rowNumber: z.number().int().nullable(),
  name: z.string(),
  /** What a merge would change in the existing contact, field by field. */
  changes: z.array(z.object({ field: z.enum(IMPORT_FIELDS), from: z.string(), to: z.string() }))
})

export const ImportRowSchema = z.object({
  /** As in the file: the header is row 1 (for vCard: the card's number). */
  rowNumber: z.number().int(),
  /** "Rad 5" or "Kontakt 3" (vCard), for display. */
  label: z.string(),
  status: z.enum(['new', 'duplicate', 'error']),
  contact: ImportedContactSchema.nullable(),
  /** Swedish messages naming the row, when status is 'error'. */
  errors: z.array(z.string()),
  duplicate: DuplicateSchema.nullable(),
  proposedAction: ImportActionSchema
})
export type ImportRow = z.infer<typeof ImportRowSchema>

/** Rows the wizard shows per request: the analysis of a large file never crosses whole. */
export const IMPORT_PAGE_SIZE = 100

/**
 * One page of an analysis: the counts of the whole file, and – in file order – the rows
 * that need her eye (duplicates and errors) from `offset`; new rows are only counted.
 */
export const ImportAnalysisSchema = z.object({
  rows: z.array(ImportRowSchema).max(IMPORT_PAGE_SIZE),
  counts: z.object({ new: z.number().int(), duplicate: z.number().int(), error: z.number().int() }),
  offset: z.number().int().min(0),
  /** How many duplicate and error rows there are in all. */
  total: z.number().int().min(0)
})
export type ImportAnalysis = z.infer<typeof ImportAnalysisSchema>

export const ImportPageInputSchema = z
  .object({ token: ImportTokenSchema, mapping: ImportMappingSchema, offset: z.number().int().min(0).max(1_000_000).default(0) })
  .strict()

export const ImportCommitInputSchema = z
  .object({
    token: ImportTokenSchema,
    mapping: ImportMappingSchema,
    /** Rows without a decision get their proposed action. */
    decisions: z
      .array(z.object({ rowNumber: z.number().int().min(1), action: ImportActionSchema }))
      .max(100_000)
      .default([]),
    /** Every added or merged contact is also put in this group. */
    groupId: IdSchema.nullable().default(null)
  })
  .strict()
export type ImportCommitInput = z.input<typeof ImportCommitInputSchema>

export const ImportSummarySchema = z.object({
  added: z.number().int(),
  merged: z.number().int(),
  organisationsCreated: z.number().int(),
  skipped: z.array(z.object({ rowNumber: z.number().int(), label: z.string(), reason: z.string() })),
  /** Gives contacts.importUndo this import; kept for the rest of the session. */
  undoToken: ImportTokenSchema
})
export type ImportSummary = z.infer<typeof ImportSummarySchema>

export const ImportUndoSummarySchema = z.object({
  removed: z.number().int(),
  restored: z.number().int(),
  organisationsRemoved: z.number().int(),
  /** Merged contacts changed again after the import, left as they are now. */
  changedSince: z.array(z.string())
})
export type ImportUndoSummary = z.infer<typeof ImportUndoSummarySchema>

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
