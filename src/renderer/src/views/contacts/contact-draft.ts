import { swedishCollator } from '../../../../shared/contacts/normalise'
import { formatPhone, parsePhone } from '../../../../shared/contacts/phone'
import { ContactInputSchema, type ContactInput } from '../../../../shared/contract/contacts'
import type { Register } from '../../../../shared/contract/contacts'
import type { Contact, Organisation, OrganisationKind } from '../../../../shared/domain/contacts'

/** The form's fields as she types them; the organisation is its name, matched on save. */
export interface ContactDraft {
  name: string
  title: string
  organisation: string
  /** The kind given to the organisation when `organisation` names a new one. */
  organisationKind: OrganisationKind
  email: string
  phone: string
  groupIds: string[]
  notes: string
}

export type DraftField = Exclude<keyof ContactDraft, 'groupIds' | 'organisationKind'> | 'groupIds'
export type DraftErrors = Partial<Record<DraftField, string>>

export function draftFrom(contact: Contact | null, register: Register): ContactDraft {
  const organisation = register.organisations.find((o) => o.id === contact?.organisationId)
  return {
    name: contact?.name ?? '',
    title: contact?.title ?? '',
    organisation: organisation?.name ?? '',
    organisationKind: 'other',
    email: contact?.email ?? '',
    phone: contact ? formatPhone(contact.phone) : '',
    groupIds: contact?.groupIds ?? [],
    notes: contact?.notes ?? ''
  }
}

/** The existing organisation with this name (case and accents as Swedish compares them), if any. */
export function findOrganisation(register: Register, name: string): Organisation | undefined {
  const wanted = name.trim()
  if (wanted === '') return undefined
  return register.organisations.find((o) => swedishCollator.compare(o.name, wanted) === 0)
}

/** The contract's input: an existing organisation by id, or a new one by name and kind. */
export function toInput(draft: ContactDraft, register: Register, id?: string): ContactInput {
  const existing = findOrganisation(register, draft.organisation)
  const typed = draft.organisation.trim()
  return {
    ...(id ? { id } : {}),
    name: draft.name,
    title: draft.title,
    organisationId: existing?.id ?? null,
    newOrganisation: !existing && typed !== '' ? { name: typed, kind: draft.organisationKind } : null,
    email: draft.email,
    phone: draft.phone,
    groupIds: draft.groupIds,
    notes: draft.notes
  }
}

/** Maps a contract path ("newOrganisation.name", "groupIds.0") to the form field showing it. */
export function fieldOfPath(path: string): DraftField | null {
  const head = path.split('.')[0]
  if (head === 'newOrganisation' || head === 'organisationId') return 'organisation'
  const fields: DraftField[] = ['name', 'title', 'email', 'phone', 'groupIds', 'notes']
  return (fields as string[]).includes(head) ? (head as DraftField) : null
}

/** "namn måste fyllas i" -> "Namn måste fyllas i." */
export const asSentence = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1) + (/[.!?]$/.test(s) ? '' : '.')

/**
 * The same schema the service parses with, run in the form: the messages next to the
 * fields are the service's own, and an invalid draft is never sent.
 */
export function validateDraft(draft: ContactDraft, register: Register): DraftErrors {
  const parsed = ContactInputSchema.safeParse(toInput(draft, register))
  if (parsed.success) return {}
  const errors: DraftErrors = {}
  for (const issue of parsed.error.issues) {
    const field = fieldOfPath(issue.path.join('.'))
    if (field && !errors[field]) errors[field] = asSentence(issue.message)
  }
  return errors
}

/** The phone as it will be stored, so that regrouping it on leaving the field is no edit. */
const storedPhone = (raw: string): string => {
  const parsed = parsePhone(raw)
  return parsed.ok ? parsed.value : raw
}

/**
 * True when saving `draft` would store what `initial` holds: unchanged text, the same
 * groups in any order. Decides whether closing the form must ask before discarding.
 */
export function sameDraft(draft: ContactDraft, initial: ContactDraft): boolean {
  const texts = ['name', 'title', 'organisation', 'organisationKind', 'email', 'notes'] as const
  if (texts.some((field) => draft[field] !== initial[field])) return false
  if (storedPhone(draft.phone) !== storedPhone(initial.phone)) return false
  const groups = new Set(draft.groupIds)
  return groups.size === new Set(initial.groupIds).size && initial.groupIds.every((id) => groups.has(id))
}
