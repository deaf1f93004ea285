import { formatDayMonthYear } from '../format/dates'
import { daysUntil } from './days'

/*
 * Översikt's sentences, one per kind of to-do. Dates as "10 maj 2019", with how far off
 * they are, so she need not count: "(i dag)", "(i morgon)", "(om 3 dagar)".
 */

const d = formatDayMonthYear
const n = (count: number) => count.toLocaleString('sv-SE')
const q = (theme: string) => `”${theme}”`

const NBSP = '\u00a0'

/** " (i dag)", " (i morgon)", " (om 3 dagar)", never broken across lines; nothing for a date past. */
export function whenText(today: string, date: string): string {
  const days = daysUntil(today, date)
  if (days < 0) return ''
  if (days === 0) return ` (i${NBSP}dag)`
  if (days === 1) return ` (i${NBSP}morgon)`
  return ` (om${NBSP}${n(days)}${NBSP}dagar)`
}

const seats = (count: number) => (count === 1 ? '1 ledig plats' : `${n(count)} lediga platser`)

export const TODO_TEXTS = {
  kallelse: (date: string, when: string) => `Kallelsen till mötet den ${d(date)}${when} har inte skickats.`,
  kallelseChange: (date: string, when: string) => `Mötet den ${d(date)}${when} har ändrats sedan kallelsen skickades: skicka ändringen.`,
  cancellation: (date: string) => `Mötet den ${d(date)} är inställt, men de kallade har inte fått veta det: skicka inställt.`,
  nextMeeting: (date: string, when: string) => `Nästa möte är den ${d(date)}${when}. Kallelsen är skickad.`,
  notClosed: (date: string, protocol: boolean) =>
    `Mötet den ${d(date)} har varit, men ${protocol ? 'protokollet är inte klart' : 'minnesanteckningarna är inte klara'}.`,
  noMinutes: (date: string) => `Mötet den ${d(date)} är genomfört men har inga minnesanteckningar.`,
  notesNotSent: (date: string) => `Minnesanteckningarna från mötet den ${d(date)} har inte skickats.`,
  protocolNotSentForApproval: (date: string) => `Protokollet från mötet den ${d(date)} har inte skickats för justering.`,
  approvedNotSent: (date: string) => `Det justerade protokollet från mötet den ${d(date)} har inte skickats till de kallade.`,
  awaitingApproval: (date: string, since: string | null) =>
    `Protokollet från mötet den ${d(date)} väntar på justering${since ? ` sedan den ${d(since)}` : ''}.`,
  overdue: (owner: string, count: number, oldest: string) =>
    count === 1
      ? `${owner || 'Uppdrag utan ansvarig'}: 1 försenat uppdrag, som skulle vara klart den ${d(oldest)}.`
      : `${owner || 'Uppdrag utan ansvarig'}: ${n(count)} försenade uppdrag, det äldsta skulle vara klart den ${d(oldest)}.`,
  deadline: (theme: string, deadline: string, when: string, free: number) =>
    `Sista anmälningsdag för ${q(theme)} är den ${d(deadline)}${when}; ${free === 0 ? 'seminariet är fullbokat' : seats(free)}.`,
  waitlist: (theme: string, free: number, waiting: number, first: string) =>
    `${q(theme)} har ${seats(free)} och ${n(waiting)} på reservlistan: flytta upp ${first}.`,
  full: (theme: string, date: string, capacity: number, waiting: number) =>
    `${q(theme)} den ${d(date)} är fullbokat (${n(capacity)} platser)${waiting > 0 ? `; ${n(waiting)} på reservlistan` : ''}.`,
  dietary: (theme: string, count: number, erasure: string, when: string) =>
    `Specialkosten för ${q(theme)} (${count === 1 ? '1 anmälan' : `${n(count)} anmälningar`}) raderas den ${d(erasure)}${when}.`,
  dietaryNextStart: (theme: string, count: number) =>
    `Specialkosten för ${q(theme)} (${count === 1 ? '1 anmälan' : `${n(count)} anmälningar`}) raderas när Samverkan startas nästa gång.`
}
