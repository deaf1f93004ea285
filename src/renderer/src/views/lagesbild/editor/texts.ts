export const EDITOR_TEXTS = {
  heading: 'Om området',
  name: 'Namn',
  kind: 'Typ',
  description: 'Beskrivning',
  activeSince: 'Aktivt sedan (valfritt)',
  closedOn: 'Avslutat (lämna tomt så länge det är aktivt)',
  datePlaceholder: 'ÅÅÅÅ-MM-DD',
  reads: (text: string) => `Läses som ${text}`,
  sources: 'Datakällor',
  sourcesLead: 'Det du läser lägesbilden ur, t.ex. polisens statistik, trygghetsmätningen eller SSP.',
  newSource: 'Ny datakälla',
  addSource: 'Lägg till',
  removeSource: (source: string) => `Ta bort ${source}`,
  noSources: 'Inga datakällor ännu.'
}
