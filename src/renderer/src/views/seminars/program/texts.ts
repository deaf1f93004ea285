export const PROGRAM_TEXTS = {
  heading: 'Program',
  lead: 'Dra en punkt i handtaget eller flytta den med Alt+↑ och Alt+↓. Nya punkter får en tid efter den förra.',
  none: 'Programmet är tomt.',
  add: 'Lägg till programpunkt',
  time: (n: number) => `Punkt ${n}, tid`,
  item: (n: number) => `Punkt ${n}, innehåll`,
  speaker: (n: number) => `Punkt ${n}, talare (valfritt)`,
  itemRequired: 'Skriv vad som händer',
  outOfOrder: 'Tiden är före punkten ovanför',
  moveUp: (n: number) => `Flytta punkt ${n} uppåt`,
  moveDown: (n: number) => `Flytta punkt ${n} nedåt`,
  remove: (n: number, item: string) => `Ta bort punkt ${n}${item ? `, ${item}` : ''}`,
  removed: (item: string) => `${item || 'Punkten'} borttagen.`,
  added: (n: number, time: string) => `Punkt ${n} tillagd kl. ${time}.`,
  drag: (n: number) => `Dra punkt ${n}`
}
