import type { Registration, Seminar } from '../../shared/domain/seminars'
import type { Settings } from '../../shared/domain/settings'
import { formatLongDate, formatTimeRange } from '../../shared/format/dates'
import { invitationContent, invitationHeading, invitationText, kindName, seminarFileBase } from '../documents/seminars/content'
import { plainSpaces } from '../documents/kallelse/plain-text'
import type { MailAddress, MailDraft } from './eml'
import { seminarHtmlBody, seminarTextBody, type Paragraphs } from './seminar-body'

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

export const SEMINAR_MAIL_TEXT = {
  greeting: 'Hej!',
  invitationIntro: 'Välkommen till vårt seminarium. Inbjudan finns bifogad, och kalenderfilen lägger in tiden i din kalender.',
  booked: (kind: string, theme: string) => `Tack för din anmälan till ${kind} ”${theme}”. Du har en plats.`,
  seats: (n: number) => `Antal platser: ${n}.`,
  diet: (d: string) => `Specialkost: ${d}.`,
  waitlisted: (kind: string, theme: string, position: number) =>
    `Tack för din anmälan till ${kind} ”${theme}”. Seminariet är fullbokat just nu, så du står på reservlistan som nummer ${position}. Vi hör av oss om en plats blir ledig.`,
  offer: (kind: string, theme: string) => `En plats har blivit ledig på ${kind} ”${theme}”, och den är din.`,
  offerSubject: (theme: string) => `Du har fått en plats: ${theme}`,
  confirmSubject: (theme: string) => `Bekräftelse av anmälan: ${theme}`,
  waitSubject: (theme: string) => `Reservlista: ${theme}`,
  cancelHint: 'Om du inte kan komma, svara på det här mejlet så att någon annan kan få platsen.',
  when: (date: string, time: string) => `Tid: ${date} ${time}`,
  where: (venue: string) => `Plats: ${venue}`,
  welcome: 'Välkommen!'
} as const

const T = SEMINAR_MAIL_TEXT

const fromOf = (settings: Settings): MailAddress => ({ name: settings.coordinator.name, address: settings.coordinator.email.trim() })
const signature = (settings: Settings) => [settings.coordinator.name, settings.coordinator.title, settings.sender.administration, settings.coordinator.phone]
const whenWhere = (s: Seminar) => [T.when(formatLongDate(s.date, 'midSentence'), formatTimeRange(s.startTime, s.endTime)), s.venue ? T.where(s.venue) : '']

interface Files {
  docx: Uint8Array
  ics: string
}

/** The invitation: every address hidden in Bcc (businesses must not see each other's), the Word file and the .ics attached. */
export function invitationMailDraft(seminar: Seminar, settings: Settings, bcc: MailAddress[], files: Files, date: Date): MailDraft {
  const content = invitationContent(seminar, settings.coordinator, settings.dietaryRetentionDays)
  const base = seminarFileBase('inbjudan', seminar)
  const paragraphs: Paragraphs = [[T.greeting], [T.invitationIntro], ...invitationText(content).split('\n\n').map((p) => p.split('\n')), [T.welcome], signature(settings)]
  return {
    from: fromOf(settings),
    bcc,
    subject: plainSpaces(invitationHeading(seminar)),
    text: seminarTextBody(paragraphs),
    html: seminarHtmlBody(invitationHeading(seminar), paragraphs),
    attachments: [{ filename: `${base}.docx`, contentType: DOCX_TYPE, content: files.docx }],
    calendar: { method: 'PUBLISH', filename: `${base}.ics`, content: files.ics },
    date
  }
}

/**
 * One person's mail: the confirmation (booked, with the .ics; or waiting list with the
 * position) or the offer "Du har fått en plats" (with the .ics).
 */
export function registrationMailDraft(kind: 'booked' | 'waitlisted' | 'offer', seminar: Seminar, r: Registration, settings: Settings, extra: { position: number | null; ics: string | null; date: Date }): MailDraft {
  const k = kindName(seminar.kind)
  const opening = kind === 'offer' ? T.offer(k, seminar.theme) : kind === 'booked' ? T.booked(k, seminar.theme) : T.waitlisted(k, seminar.theme, extra.position ?? 1)
  const details = kind === 'waitlisted' ? [] : [...whenWhere(seminar), T.seats(r.seats), r.dietaryNeeds ? T.diet(r.dietaryNeeds) : '']
  const paragraphs: Paragraphs = [[`Hej ${r.name}!`], [opening], details, kind === 'waitlisted' ? [] : [T.cancelHint], signature(settings)]
  const subject = kind === 'offer' ? T.offerSubject(seminar.theme) : kind === 'booked' ? T.confirmSubject(seminar.theme) : T.waitSubject(seminar.theme)
  return {
    from: fromOf(settings),
    to: [{ name: r.name, address: r.email }],
    subject,
    text: seminarTextBody(paragraphs),
    html: seminarHtmlBody(subject, paragraphs),
    ...(extra.ics ? { calendar: { method: 'PUBLISH' as const, filename: `${seminarFileBase('seminarium', seminar)}.ics`, content: extra.ics } } : {}),
    date: extra.date
  }
}
