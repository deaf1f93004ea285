/** The kallelse's Swedish wording (Word file, e-mail and calendar), in one place. */
export const KALLELSE_TEXT = {
  documentType: 'Kallelse',
  heading: (council: string) => `Kallelse till ${council}`,
  title: (council: string, date: string) => `Kallelse ${council} ${date}`,
  time: 'Tid',
  place: 'Plats',
  videoLink: 'Digitalt',
  invitees: 'Kallade',
  name: 'Namn',
  role: 'Roll, organisation',
  agenda: 'Dagordning',
  papersLater: 'Handlingar kommer senare.',
  openAssignments: 'Öppna uppdrag från tidigare möten',
  assignment: (text: string, owner: string, due: string | null, origin: string) =>
    [text, owner ? `Ansvarig: ${owner}.` : '', due ? `Klart senast ${due}.` : '', `Från mötet ${origin}.`]
      .filter((s) => s !== '')
      .join(' '),
  apologies: (to: string, by: string | null) => (by ? `Anmäl förhinder senast ${by} till ${to}.` : `Anmäl förhinder till ${to}.`),
  mail: {
    subject: (council: string, longDate: string) => `Kallelse till ${council} ${longDate}`,
    changedSubject: (subject: string) => `Ändrad tid: ${subject}`,
    cancelledSubject: (subject: string) => `Inställt: ${subject}`,
    greeting: 'Hej!',
    welcome: (council: string) => `Välkommen till ${council}.`,
    changed: 'Mötet har fått ny tid eller plats. Se uppgifterna nedan och bifogad kallelse.',
    cancelled: (reason: string) => (reason ? `Mötet är inställt: ${reason}` : 'Mötet är inställt.'),
    seeAttached: 'Se bifogad kallelse. En kalenderinbjudan finns också bifogad.',
    regards: 'Med vänliga hälsningar'
  }
} as const

export const kallelseFileBase = (date: string): string => `kallelse-lokala-bra-${date}`
