export const TIMELINE_TEXTS = {
  heading: 'Vad rådet sagt',
  lead: 'Punkter, stycken, beslut och uppdrag som kopplats till området, möte för möte med det senaste först.',
  noneTitle: 'Inget sagt om området ännu',
  none: 'Inget möte har tagit upp området ännu. Koppla en punkt eller ett stycke i minnesanteckningarna till området, så syns det här.',
  item: (n: number, title: string) => `Punkt ${n}. ${title}`,
  outsideItems: 'Utanför punkterna',
  open: (n: number) => `Öppna punkt ${n} i minnesanteckningarna`,
  since: 'Sedan förra mötet',
  sinceLead: (latest: string, previous: string | null) => (previous ? `Senaste mötet: ${latest} (förra: ${previous}).` : `Senaste mötet: ${latest}.`),
  sinceNothing: 'Inget nytt om området på det senaste mötet.',
  sinceNoMeeting: 'Rådet har inte hållit något möte ännu.',
  said: (n: number) => (n === 1 ? 'Sagt om området: 1 sak' : `Sagt om området: ${n} saker`),
  started: 'Insatser som startat',
  followedUp: 'Insatser som följts upp',
  given: 'Uppdrag som getts',
  done: 'Uppdrag som blivit klara'
}
