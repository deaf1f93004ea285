/** What "Sök i allt" finds, in the order the results are grouped. */
export const SEARCH_KINDS = ['contact', 'organisation', 'meeting', 'assignment', 'seminar', 'registration', 'area'] as const
export type SearchKind = (typeof SEARCH_KINDS)[number]

/** The result groups' headings. */
export const SEARCH_KIND_LABELS: Record<SearchKind, string> = {
  contact: 'Kontakter',
  organisation: 'Organisationer',
  meeting: 'Möten',
  assignment: 'Uppdrag',
  seminar: 'Seminarier',
  registration: 'Anmälningar',
  area: 'Prioriterade områden'
}
