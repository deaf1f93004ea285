import { z } from 'zod'
import { IdSchema } from '../domain/primitives'

/*
 * Kontakter, import: open (file dialog) -> analyse (as often as the mapping changes; writes
 * nothing) -> commit (one transaction) or cancel; undo takes a committed import back.
 * The methods are in contacts.ts.
 */

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
