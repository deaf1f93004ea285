import { IMPORT_PAGE_SIZE, type ImportAnalysis, type ImportedContact, type ImportRow } from '../../../../shared/contract/contacts'
import { emailKey } from '../../../../shared/contacts/email'
import { nameKey } from '../../../../shared/contacts/normalise'
import type { ImportField, ImportMapping } from '../../../../shared/contract/contacts'
import type { Contact } from '../../../../shared/domain/contacts'
import type { Database } from '../../../../shared/domain/database'
import { OrganisationLookup } from '../register'
import { rowToContact } from './rows'
import type { ImportTable } from './table'

/** Every row of a file, analysed: held in main, sent to the window a page at a time. */
export interface FullAnalysis {
  rows: ImportRow[]
  counts: ImportAnalysis['counts']
}

/** Who a row duplicates: a contact already in the register, or an earlier new row of the file. */
type Target = { source: 'register'; contact: Contact } | { source: 'file'; rowNumber: number; contact: ImportedContact }

const MERGED_FIELDS = ['title', 'email', 'phone', 'organisation', 'notes'] as const satisfies readonly ImportField[]

/** The imported contact's view of a register contact, for comparing and merging. */
export function asImported(contact: Contact, organisation: string): ImportedContact {
  const { name, title, email, phone, notes } = contact
  return { name, title, email, phone, organisation, notes }
}

/** Notes are appended, never replaced, unless the old text already says it. */
export function mergedNotes(existing: string, incoming: string): string {
  if (incoming === '' || existing.includes(incoming)) return existing
  return existing === '' ? incoming : `${existing}\n${incoming}`
}

/**
 * What a merge changes: each non-empty imported field that differs replaces the old
 * value (the file is taken as newer), notes are appended, and the name is kept.
 */
export function mergeChanges(existing: ImportedContact, incoming: ImportedContact) {
  const changes: { field: ImportField; from: string; to: string }[] = []
  for (const field of MERGED_FIELDS) {
    const to = field === 'notes' ? mergedNotes(existing.notes, incoming.notes) : incoming[field] || existing[field]
    const from = existing[field]
    const differs =
      field === 'notes' ? to !== from : field === 'email' ? emailKey(to) !== emailKey(from) : nameKey(to) !== nameKey(from)
    if (differs) changes.push({ field, from, to })
  }
  return changes
}

const nameOrgKey = (c: ImportedContact): string => `${nameKey(c.name)}|${nameKey(c.organisation)}`

/** Matches rows against the register and against earlier rows, in file order. */
class DuplicateIndex {
  private byEmail = new Map<string, Target>()
  private byNameOrg = new Map<string, Target>()

  constructor(db: Readonly<Database>, organisations: OrganisationLookup) {
    for (const contact of db.contacts) {
      this.add({ source: 'register', contact }, asImported(contact, organisations.nameOf(contact.organisationId)))
    }
  }

  add(target: Target, view: ImportedContact): void {
    if (view.email !== '' && !this.byEmail.has(emailKey(view.email))) this.byEmail.set(emailKey(view.email), target)
    if (!this.byNameOrg.has(nameOrgKey(view))) this.byNameOrg.set(nameOrgKey(view), target)
  }

  find(c: ImportedContact): { target: Target; reason: 'email' | 'nameAndOrganisation' } | null {
    const byEmail = c.email === '' ? undefined : this.byEmail.get(emailKey(c.email))
    if (byEmail) return { target: byEmail, reason: 'email' }
    const byName = this.byNameOrg.get(nameOrgKey(c))
    return byName ? { target: byName, reason: 'nameAndOrganisation' } : null
  }
}

type Match = NonNullable<ReturnType<DuplicateIndex['find']>>

function duplicateOf({ target, reason }: Match, incoming: ImportedContact, organisations: OrganisationLookup) {
  const existing =
    target.source === 'register' ? asImported(target.contact, organisations.nameOf(target.contact.organisationId)) : target.contact
  return {
    source: target.source,
    reason,
    contactId: target.source === 'register' ? target.contact.id : null,
    rowNumber: target.source === 'file' ? target.rowNumber : null,
    name: existing.name,
    changes: mergeChanges(existing, incoming)
  }
}

/**
 * Reads every row with the mapping and finds duplicates: same e-mail (any case), or
 * same name and organisation (without case or accents). Duplicates are proposed for
 * merging, new rows for adding, broken rows are skipped with their reasons.
 */
export function analyseImport(db: Readonly<Database>, table: ImportTable, mapping: ImportMapping): FullAnalysis {
  // Read-only here: the lookup only creates organisations when asked to, which analysis never does.
  const organisations = new OrganisationLookup(db as Database)
  const index = new DuplicateIndex(db, organisations)
  const rows: ImportRow[] = table.rows.map((row) => {
    const base = { rowNumber: row.rowNumber, label: row.label }
    const { contact, errors } = rowToContact(row, mapping)
    if (!contact) return { ...base, status: 'error', contact: null, errors, duplicate: null, proposedAction: 'skip' }
    const match = index.find(contact)
    if (match) {
      return { ...base, status: 'duplicate', contact, errors: [], duplicate: duplicateOf(match, contact, organisations), proposedAction: 'merge' }
    }
    index.add({ source: 'file', rowNumber: row.rowNumber, contact }, contact)
    return { ...base, status: 'new', contact, errors: [], duplicate: null, proposedAction: 'add' }
  })
  const count = (s: ImportRow['status']) => rows.filter((r) => r.status === s).length
  return { rows, counts: { new: count('new'), duplicate: count('duplicate'), error: count('error') } }
}

/** The page from `offset` of the rows she must look at (duplicates and errors), with the file's counts. */
export function analysisPage(full: FullAnalysis, offset: number): ImportAnalysis {
  const attention = full.rows.filter((r) => r.status !== 'new')
  return { rows: attention.slice(offset, offset + IMPORT_PAGE_SIZE), counts: full.counts, offset, total: attention.length }
}
