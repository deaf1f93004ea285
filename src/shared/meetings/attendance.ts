import type { AgendaItem, Attendance, Invitee } from '../domain/meetings'

/**
 * Närvaro (roll-call) during the meeting. The rows are the invitees, in their order, then
 * everyone else recorded (guests, substitutes). `attendance` holds only the people she has
 * marked: an invitee not in it is "unmarked", never silently present, so minutes never
 * say someone came who was not asked about. "Alla närvarande" marks the unmarked invitees
 * present; then she changes the few who were not. Each function returns a new list.
 */

export type RollCallStatus = Attendance['status'] | 'unmarked'

export interface RollCallRow {
  key: string
  name: string
  role: string
  contactId: string | null
  status: RollCallStatus
  isInvitee: boolean
  record: Attendance | null
}

type Person = Pick<Attendance, 'contactId' | 'name'>

/** One person's identity across invitees and attendance: the contact, or the name when typed. */
export const personKey = (p: Person): string => (p.contactId ? `contact:${p.contactId}` : `name:${p.name.trim().toLocaleLowerCase('sv-SE')}`)

/** One key per status in the roll-call (n, f, u, a), as the view's shortcuts. */
export const STATUS_KEYS: Record<string, Attendance['status']> = { n: 'present', f: 'excused', u: 'absent', a: 'guest' }

export function rollCall(invitees: readonly Invitee[], attendance: readonly Attendance[]): RollCallRow[] {
  const byKey = new Map(attendance.map((a) => [personKey(a), a]))
  const invited = invitees.map((i): RollCallRow => {
    const record = byKey.get(personKey(i)) ?? null
    return { key: personKey(i), name: i.name, role: record?.role || i.role, contactId: i.contactId, status: record?.status ?? 'unmarked', isInvitee: true, record }
  })
  const inviteeKeys = new Set(invited.map((r) => r.key))
  const others = attendance
    .filter((a) => !inviteeKeys.has(personKey(a)))
    .map((a): RollCallRow => ({ key: personKey(a), name: a.name, role: a.role, contactId: a.contactId, status: a.status, isInvitee: false, record: a }))
  return [...invited, ...others]
}

const recordOf = (p: Pick<Invitee, 'contactId' | 'name' | 'role'>, status: Attendance['status']): Attendance => ({
  contactId: p.contactId,
  name: p.name,
  role: p.role,
  status,
  note: ''
})

/** Sets one person's status; an invitee not yet marked gets a record, others keep theirs. */
export function setStatus(invitees: readonly Invitee[], attendance: readonly Attendance[], key: string, status: Attendance['status']): Attendance[] {
  if (attendance.some((a) => personKey(a) === key)) return attendance.map((a) => (personKey(a) === key ? { ...a, status } : a))
  const invitee = invitees.find((i) => personKey(i) === key)
  return invitee ? [...attendance, recordOf(invitee, status)] : [...attendance]
}

/** "Alla närvarande": every unmarked invitee present; whoever she has marked keeps that. */
export function markAllPresent(invitees: readonly Invitee[], attendance: readonly Attendance[]): Attendance[] {
  const marked = new Set(attendance.map(personKey))
  return [...attendance, ...invitees.filter((i) => !marked.has(personKey(i))).map((i) => recordOf(i, 'present'))]
}

/** A guest (adjungerad) from the register or typed; someone already in the roll-call is not added twice. */
export function addGuest(attendance: readonly Attendance[], guest: Pick<Invitee, 'contactId' | 'name' | 'role'>): Attendance[] {
  if (guest.name.trim() === '' || attendance.some((a) => personKey(a) === personKey(guest))) return [...attendance]
  return [...attendance, recordOf(guest, 'guest')]
}

/** "Ersättare för …": the substitute is present for the invitee, who is marked excused unless already marked. */
export function addSubstitute(invitees: readonly Invitee[], attendance: readonly Attendance[], forKey: string, substitute: Pick<Invitee, 'contactId' | 'name' | 'role'>): Attendance[] {
  const invitee = invitees.find((i) => personKey(i) === forKey)
  if (!invitee || substitute.name.trim() === '') return [...attendance]
  const withInvitee = attendance.some((a) => personKey(a) === forKey) ? [...attendance] : setStatus(invitees, attendance, forKey, 'excused')
  const rest = withInvitee.filter((a) => personKey(a) !== personKey(substitute))
  return [...rest, { ...recordOf(substitute, 'present'), substituteFor: invitee.name }]
}

/** Partial attendance by item ("från punkt 3", "t.o.m. punkt 5"); undefined clears that end. */
export function setPartial(attendance: readonly Attendance[], key: string, span: { fromItemId?: string; untilItemId?: string }): Attendance[] {
  return attendance.map((a) => {
    if (personKey(a) !== key) return a
    const { fromItemId: _from, untilItemId: _until, ...rest } = a
    return { ...rest, ...(span.fromItemId ? { fromItemId: span.fromItemId } : {}), ...(span.untilItemId ? { untilItemId: span.untilItemId } : {}) }
  })
}

/** "från punkt 3", "t.o.m. punkt 5" or "punkt 3–5", by the items' numbers now; an item since removed is left out. */
export function partialText(record: Pick<Attendance, 'fromItemId' | 'untilItemId'>, agenda: readonly Pick<AgendaItem, 'id'>[]): string {
  const numberOf = (id: string | undefined) => {
    const index = id ? agenda.findIndex((item) => item.id === id) : -1
    return index < 0 ? null : index + 1
  }
  const from = numberOf(record.fromItemId)
  const until = numberOf(record.untilItemId)
  if (from !== null && until !== null) return `punkt ${from}–${until}`
  if (from !== null) return `från punkt ${from}`
  return until !== null ? `t.o.m. punkt ${until}` : ''
}

/** The note the minutes print beside the name: "ersättare för …", the partial span, her own note. */
export function attendanceNote(record: Attendance, agenda: readonly Pick<AgendaItem, 'id'>[]): string {
  const parts = [record.substituteFor ? `ersättare för ${record.substituteFor}` : '', partialText(record, agenda), record.note]
  return parts.filter((p) => p.trim() !== '').join(', ')
}
