import type { AgendaItem } from '../../../../../shared/domain/meetings'

export const AGENDA_KIND_LABELS: Record<AgendaItem['kind'], string> = {
  information: 'Information',
  discussion: 'Diskussion',
  decision: 'Beslut',
  followUp: 'Uppföljning'
}

export const AGENDA_TEXTS = {
  heading: 'Dagordning',
  lead: 'Dra en punkt i handtaget eller flytta den med Alt+↑ och Alt+↓.',
  none: 'Dagordningen är tom. Lägg till en punkt nedan.',
  title: (n: number) => `Punkt ${n}, rubrik`,
  titleRequired: 'Ange en rubrik',
  presenter: (n: number) => `Punkt ${n}, föredragande`,
  kind: (n: number) => `Punkt ${n}, typ`,
  slotStart: (n: number) => `Punkt ${n}, från kl.`,
  slotEnd: (n: number) => `Punkt ${n}, till kl.`,
  suggest: (n: number, range: string) => `Föreslå tid för punkt ${n}: ${range}`,
  suggestShort: 'Föreslå tid',
  moveUp: (n: number) => `Flytta punkt ${n} uppåt`,
  moveDown: (n: number) => `Flytta punkt ${n} nedåt`,
  remove: (n: number, title: string) => `Ta bort punkt ${n}, ${title}`,
  removed: (title: string) => `${title} borttagen.`,
  added: (title: string, n: number) => `${title} tillagd som punkt ${n}.`,
  drag: (n: number) => `Dra punkt ${n}`,
  newItem: 'Ny punkt',
  newItemPlaceholder: 't.ex. Trygghetsvandring i Fruängen',
  add: 'Lägg till punkt',
  details: (n: number) => `Mer om punkt ${n}`,
  papersLater: 'Handlingar kommer senare',
  description: (n: number) => `Punkt ${n}, kort beskrivning i kallelsen`,
  followUps: 'Uppdrag från tidigare möten',
  followUpDetails: (owner: string, due: string | null, origin: string) =>
    [owner ? `Ansvarig: ${owner}` : '', due ? `klart senast ${due}` : '', `från mötet ${origin}`].filter(Boolean).join(', '),
  columns: { title: 'Rubrik', presenter: 'Föredragande', slot: 'Tid', kind: 'Typ' }
}
