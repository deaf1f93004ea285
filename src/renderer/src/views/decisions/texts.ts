/** The Beslut view's words. */
export const DECISION_TEXTS = {
  title: 'Beslut',
  lead: 'Alla beslut från rådets möten, alla år.',
  search: 'Sök bland besluten',
  searchHint: 'Alla ord måste finnas med, i beslutet, punktens rubrik eller datumet. Stora och små bokstäver räknas lika, liksom é och e; å, ä och ö är egna bokstäver, som i Kontakter.',
  columns: { text: 'Beslut', date: 'Möte', item: 'Punkt' },
  openMeeting: (date: string) => `Öppna mötet ${date}`,
  count: (n: number) => (n === 1 ? '1 beslut' : `${n} beslut`),
  noneMatch: 'Inga beslut matchar sökningen.',
  export: 'Exportera till Excel…',
  exported: { saved: 'Besluten är exporterade', failed: 'Besluten exporterades inte' },
  loading: 'besluten',
  emptyTitle: 'Inga beslut ännu',
  emptyBody: 'Beslut skrivs in i minnesanteckningarna, under den punkt där de fattades. Här samlas de från alla möten.'
} as const
