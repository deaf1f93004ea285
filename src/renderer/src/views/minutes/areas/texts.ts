/** Tagging in the minutes (issue 16): items, paragraphs, decisions and uppdrag linked to priority areas. */
export const AREA_TAG_TEXTS = {
  itemAreas: 'Prioriterade områden',
  itemAreasInput: (n: number) => `Lägg till prioriterat område, punkt ${n}`,
  chosen: (n: number) => `Valda områden, punkt ${n}`,
  remove: (name: string) => `Ta bort ${name}`,
  noMatch: 'Inget område heter så',
  noAreas: 'Inga prioriterade områden ännu. Lägg till dem i Lägesbild.',
  paragraph: 'Koppla stycket till område…',
  paragraphTagged: (names: string) => `Stycket är kopplat till ${names}`,
  areasOf: (what: string) => `Områden för ${what}`,
  areasButton: (count: number) => (count === 0 ? 'Områden' : `Områden (${count})`),
  closedArea: (name: string) => `${name} (avslutat)`,
  saveFailed: 'Områdena kunde inte sparas'
}

export const INSATS_TEXTS = {
  mark: 'Markera som insats',
  marking: 'Skapar insatsen…',
  markOf: (what: string) => `Markera som insats: ${what}`,
  isInsats: 'Insats',
  open: 'Visa i Lägesbild',
  needsArea: 'Koppla först till ett område',
  failed: 'Insatsen kunde inte skapas'
}
