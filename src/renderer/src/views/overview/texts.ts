import type { Overview } from '../../../../shared/contract/app'
import type { Route } from '../../navigation/routes'

export interface CountText {
  key: keyof Overview
  label: string
  none: string
  one: string
  many: string
  /** The list the card opens. */
  to: Route
}

/** Each count with its honest text for zero, for one, and for many, and the list it opens. */
export const COUNT_TEXTS: CountText[] = [
  { key: 'contacts', label: 'Kontakter', none: 'Inga kontakter ännu', one: '1 kontakt', many: '{n} kontakter', to: { view: 'contacts', params: [] } },
  {
    key: 'organisations',
    label: 'Organisationer',
    none: 'Inga organisationer ännu',
    one: '1 organisation',
    many: '{n} organisationer',
    to: { view: 'contacts', params: ['organisations'] }
  },
  { key: 'upcomingMeetings', label: 'Kommande möten', none: 'Inga planerade möten', one: '1 planerat möte', many: '{n} planerade möten', to: { view: 'meetings', params: [] } },
  { key: 'heldMeetings', label: 'Hållna möten', none: 'Inga hållna möten ännu', one: '1 hållet möte', many: '{n} hållna möten', to: { view: 'meetings', params: [] } },
  { key: 'openAssignments', label: 'Öppna uppdrag', none: 'Inga öppna uppdrag', one: '1 öppet uppdrag', many: '{n} öppna uppdrag', to: { view: 'assignments', params: [] } },
  {
    key: 'upcomingSeminars',
    label: 'Kommande seminarier',
    none: 'Inga planerade seminarier',
    one: '1 planerat seminarium',
    many: '{n} planerade seminarier',
    to: { view: 'seminars', params: [] }
  }
]

export function countText(n: number, t: { none: string; one: string; many: string }): string {
  if (n === 0) return t.none
  if (n === 1) return t.one
  return t.many.replace('{n}', n.toLocaleString('sv-SE'))
}

export const WELCOME = {
  title: 'Välkommen till Samverkan',
  body: 'Registret är nytt och tomt. Börja med att fylla i avsändare, rådets namn och dina kontaktuppgifter under Inställningar; de används i alla dokument.',
  goToSettings: 'Gå till Inställningar',
  dismiss: 'Stäng'
}

/** A start that mended something (the message itself comes from the store, in Swedish). */
export const STARTUP_NOTICE = {
  title: 'Om starten',
  dismiss: 'Jag förstår'
}

/** The second line of the Öppna uppdrag card: how many are past their date, in words (never colour alone). */
export const OVERDUE_TEXT = { none: 'Inga försenade', one: '1 försenat', many: '{n} försenade' }

/** "Att göra": what needs her now (the sentences themselves come from src/shared/overview/texts.ts). */
export const TODO_UI = {
  heading: 'Att göra',
  empty: 'Inget som väntar på dig just nu.',
  loading: 'att göra-listan',
  countsHeading: 'I registret'
}
