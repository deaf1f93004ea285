import type { ImportAction } from '../../../../shared/contract/contacts'
import type { ImportedContact, ImportRow, ImportSummary } from '../../../../shared/contract/contacts'
import { ContactSchema, type Contact } from '../../../../shared/domain/contacts'
import type { Database } from '../../../../shared/domain/database'
import { notFound } from '../../../api/errors'
import { OrganisationLookup, type Stamp } from '../register'
import { mergeChanges, asImported, type FullAnalysis } from './analyse'
import type { ImportUndo } from './undo'

export interface CommitOptions {
  decisions: Map<number, ImportAction>
  groupId: string | null
}

const SKIPPED_BY_CHOICE = 'hoppades över enligt ditt val'

class Committer {
  readonly summary: Omit<ImportSummary, 'undoToken'> = { added: 0, merged: 0, organisationsCreated: 0, skipped: [] }
  readonly undo: ImportUndo
  /** Contacts whose state before the import is known: added ones, and merged ones already copied. */
  private known = new Set<string>()

  /** Which contact each added or merged row became, for later rows of the file that merge into it. */
  private contactOfRow = new Map<number, Contact>()

  private organisations: OrganisationLookup
  private contactsById: Map<string, Contact>

  constructor(
    private db: Database,
    private stamp: Stamp,
    private groupId: string | null
  ) {
    this.organisations = new OrganisationLookup(db)
    this.contactsById = new Map(db.contacts.map((c) => [c.id, c]))
    this.undo = { committedAt: stamp.now, addedIds: [], organisationIds: [], before: [] }
  }

  private organisationId(name: string): string | null {
    if (name === '') return null
    const { organisation, created } = this.organisations.findOrCreate(name, 'other', this.stamp)
    if (created) {
      this.summary.organisationsCreated++
      this.undo.organisationIds.push(organisation.id)
    }
    return organisation.id
  }

  private withGroup(groupIds: string[]): string[] {
    return this.groupId && !groupIds.includes(this.groupId) ? [...groupIds, this.groupId] : groupIds
  }

  add(row: ImportRow, c: ImportedContact): void {
    const { now, newId } = this.stamp
    const fields = { name: c.name, title: c.title, email: c.email, phone: c.phone, notes: c.notes }
    const contact = ContactSchema.parse({
      id: newId(),
      ...fields,
      organisationId: this.organisationId(c.organisation),
      groupIds: this.withGroup([]),
      createdAt: now,
      updatedAt: now
    })
    this.db.contacts.push(contact)
    this.contactOfRow.set(row.rowNumber, contact)
    this.summary.added++
    this.undo.addedIds.push(contact.id)
    this.known.add(contact.id)
  }

  merge(row: ImportRow, c: ImportedContact): void {
    const target = this.mergeTarget(row)
    if (!target) {
      this.add(row, c)
      return
    }
    this.rememberBefore(target)
    const patch: Partial<Contact> = { groupIds: this.withGroup(target.groupIds), updatedAt: this.stamp.now }
    const existing = asImported(target, this.organisations.nameOf(target.organisationId))
    for (const change of mergeChanges(existing, c)) {
      if (change.field === 'organisation') patch.organisationId = this.organisationId(change.to)
      else if (change.field === 'title' || change.field === 'email' || change.field === 'phone' || change.field === 'notes') {
        patch[change.field] = change.to
      }
    }
    Object.assign(target, ContactSchema.parse({ ...target, ...patch }))
    this.contactOfRow.set(row.rowNumber, target)
    this.summary.merged++
  }

  /** The contact as it was before the import first touched it (a plain copy, not the draft). */
  private rememberBefore(target: Contact): void {
    if (this.known.has(target.id)) return
    this.known.add(target.id)
    this.undo.before.push({ ...target, groupIds: [...target.groupIds] })
  }

  private mergeTarget(row: ImportRow): Contact | null {
    const d = row.duplicate
    if (!d) return null
    if (d.contactId !== null) return this.contactsById.get(d.contactId) ?? null
    return d.rowNumber === null ? null : (this.contactOfRow.get(d.rowNumber) ?? null)
  }

  skip(row: ImportRow, reason: string): void {
    this.summary.skipped.push({ rowNumber: row.rowNumber, label: row.label, reason })
  }
}

/**
 * Applies an analysed import to the register, row by row in file order. Meant to run
 * inside one store update, so a failure anywhere leaves the register untouched.
 * A merge whose in-file target was skipped adds the row instead, so nothing is lost.
 * Returns the summary and what undoing it needs.
 */
export function commitImport(db: Database, analysis: FullAnalysis, options: CommitOptions, stamp: Stamp) {
  if (options.groupId && !db.groups.some((g) => g.id === options.groupId)) throw notFound('Gruppen')
  const committer = new Committer(db, stamp, options.groupId)
  for (const row of analysis.rows) {
    if (row.status === 'error' || !row.contact) {
      committer.skip(row, row.errors.join(' ') || 'raden kunde inte läsas')
      continue
    }
    const action = options.decisions.get(row.rowNumber) ?? row.proposedAction
    if (action === 'skip') committer.skip(row, SKIPPED_BY_CHOICE)
    else if (action === 'add' || !row.duplicate) committer.add(row, row.contact)
    else committer.merge(row, row.contact)
  }
  return { summary: committer.summary, undo: committer.undo }
}
