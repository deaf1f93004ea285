import { ACTION_STATUS_LABELS } from '../../../shared/areas/labels'
import { ORGANISATION_KIND_LABELS } from '../../../shared/contacts/labels'
import {
  ASSIGNMENT_STATUS_LABELS as ASSIGNMENT_STATUS,
  ATTENDANCE_LABELS as ATTENDANCE,
  MEETING_STATUS_LABELS as MEETING_STATUS
} from '../../../shared/meetings/labels'
import { REGISTRATION_STATUS_LABELS as REGISTRATION_STATUS } from '../../../shared/seminars/labels'
import type { Contact } from '../../../shared/domain/contacts'
import type { Database } from '../../../shared/domain/database'
import { isAbout, recordsAbout } from './person-records'
import type { Sheet } from './sheet'
import { roleAndOrganisation } from '../../../shared/meetings/invitees'


function personSheet(db: Readonly<Database>, c: Contact): Sheet {
  const organisation = db.organisations.find((o) => o.id === c.organisationId)
  const groups = db.groups.filter((g) => c.groupIds.includes(g.id)).map((g) => g.name)
  return {
    name: 'Person',
    columns: ['Uppgift', 'Värde'],
    rows: [
      ['Namn', c.name],
      ['Titel/roll', c.title],
      ['Organisation', organisation ? `${organisation.name} (${ORGANISATION_KIND_LABELS[organisation.kind]})` : ''],
      ['E-post', c.email],
      ['Telefon', c.phone],
      ['Grupper', groups.join(', ')],
      ['Anteckningar', c.notes],
      ['Registrerad', c.createdAt],
      ['Senast ändrad', c.updatedAt]
    ]
  }
}

function meetingsSheet(db: Readonly<Database>, c: Contact): Sheet {
  const rows = recordsAbout(db, c).meetings.map((m) => {
    const invitee = m.invitees.find((p) => isAbout(c, p))
    const attended = m.attendance.find((p) => isAbout(c, p))
    const how = [invitee ? 'Kallad' : '', attended ? ATTENDANCE[attended.status] : ''].filter(Boolean).join(', ')
    const role = attended?.role || (invitee ? roleAndOrganisation(invitee) : '')
    return [m.date, m.council, MEETING_STATUS[m.status], how, role]
  })
  return { name: 'Möten', columns: ['Datum', 'Möte', 'Status', 'Deltagande', 'Roll som antecknad'], rows }
}

function assignmentsSheet(db: Readonly<Database>, c: Contact): Sheet {
  const rows = recordsAbout(db, c).assignments.map((a) => {
    const meeting = db.meetings.find((m) => m.id === a.originMeetingId)
    return [meeting?.date ?? '', a.text, a.dueDate ?? '', ASSIGNMENT_STATUS[a.status]]
  })
  return { name: 'Uppdrag', columns: ['Mötesdatum', 'Uppdrag', 'Klart senast', 'Status'], rows }
}

function actionsSheet(db: Readonly<Database>, c: Contact): Sheet {
  const rows = recordsAbout(db, c).actions.map((a) => {
    const areas = a.areaIds.flatMap((id) => db.priorityAreas.find((x) => x.id === id)?.name ?? [])
    return [a.title, areas.join(', '), a.startDate ?? '', ACTION_STATUS_LABELS[a.status]]
  })
  return { name: 'Insatser', columns: ['Insats', 'Prioriterade områden', 'Start', 'Status'], rows }
}

function seminarsSheet(db: Readonly<Database>, c: Contact): Sheet {
  const rows = recordsAbout(db, c).registrations.map((r) => {
    const s = db.seminars.find((x) => x.id === r.seminarId)
    return [s?.date ?? '', s?.theme ?? '', r.name, r.organisation, r.email, String(r.seats), r.dietaryNeeds, REGISTRATION_STATUS[r.status], r.registeredAt]
  })
  const columns = ['Datum', 'Seminarium', 'Anmäld som', 'Organisation', 'E-post', 'Platser', 'Specialkost', 'Status', 'Anmäld']
  return { name: 'Seminarier', columns, rows }
}

/** A register extract (GDPR art. 15): every table in the app that holds something about the person. */
export function extractSheets(db: Readonly<Database>, contact: Contact): Sheet[] {
  return [personSheet(db, contact), meetingsSheet(db, contact), assignmentsSheet(db, contact), actionsSheet(db, contact), seminarsSheet(db, contact)]
}

/** The same extract as JSON: one object per row, keyed by the Swedish column names. */
export function extractJson(sheets: Sheet[], createdAt: string, sender: string): string {
  const sections = Object.fromEntries(
    sheets.map((s) => [s.name, s.rows.map((row) => Object.fromEntries(s.columns.map((col, i) => [col, row[i] ?? ''])))])
  )
  return `${JSON.stringify({ Registerutdrag: { Skapat: createdAt, Personuppgiftsansvarig: sender }, ...sections }, null, 2)}\n`
}
