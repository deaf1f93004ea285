/** The follow-up panel's words; "klart", "pågår", "struket" are the shared ones (shared/meetings/follow-up.ts). */
export const FOLLOW_UP_TEXTS = {
  heading: 'Uppföljning av uppdrag från tidigare möten',
  lead: 'Skriv vad som rapporterades. Klart och struket stänger uppdraget; pågår låter det stå kvar till nästa möte.',
  none: 'Inga öppna uppdrag från tidigare möten.',
  loading: 'uppdragen att följa upp',
  outcome: (text: string) => `Rapporterat för: ${text}`,
  notReported: 'Inte rapporterat',
  note: 'Kort anteckning',
  noteFor: (text: string) => `Anteckning för: ${text}`,
  given: (date: string, owner: string) => `Gavs ${date}${owner ? `, ansvarig ${owner}` : ''}`,
  due: (date: string) => `klart senast ${date}`,
  failed: 'Det som rapporterades kunde inte sparas',
  locked: 'Protokollet är justerat: uppföljningen kan inte ändras förrän det låses upp.'
} as const
