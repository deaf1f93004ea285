import type { AreaKind } from '../../../../shared/domain/areas'
import { AREA_KIND_LABELS } from '../../../../shared/areas/labels'

/** The words of Lägesbild (issue 16): the priority areas, their timeline and the insatser (enum words: shared/areas/labels.ts). */

export const LIST_TEXTS = {
  title: 'Lägesbild',
  description: 'De prioriterade områdena, vad rådet sagt om dem möte för möte och de insatser som beslutats.',
  newArea: 'Nytt område',
  loading: 'de prioriterade områdena',
  emptyTitle: 'Inga prioriterade områden ännu',
  emptyBody: 'Lägg till de platser, grupper och teman rådet följer med Nytt område. Sedan kan du koppla punkter och stycken i minnesanteckningarna till dem.',
  active: 'Prioriterade områden',
  closed: 'Avslutade områden',
  noneActive: 'Inga aktiva områden.',
  columns: { name: 'Område', kind: 'Typ', period: 'Period', last: 'Senast på ett möte', open: 'Pågående insatser' },
  never: 'Inte ännu',
  activeSince: (date: string) => `Aktivt sedan ${date}`,
  closedOn: (date: string) => `Avslutat ${date}`,
}

export const NEW_AREA_TEXTS = {
  title: 'Nytt prioriterat område',
  name: 'Namn',
  namePlaceholder: 't.ex. Västertorp',
  nameRequired: 'Ange områdets namn',
  kind: 'Typ',
  create: 'Skapa området',
  creating: 'Skapar…',
  cancel: 'Avbryt',
  failed: 'Området kunde inte skapas'
}

export const PAGE_TEXTS = {
  back: 'Alla områden',
  loading: 'området',
  loadingTitle: 'Prioriterat område',
  failedTitle: 'Området kunde inte hämtas',
  tabsLabel: 'Delar av området',
  tabs: { timeline: 'Tidslinje', actions: 'Insatser och uppdrag', details: 'Om området' },
  lead: (kind: AreaKind, state: string) => `${AREA_KIND_LABELS[kind]} · ${state}`,
  activeSinceUnknown: 'Aktivt',
  closedOn: LIST_TEXTS.closedOn,
  activeSince: LIST_TEXTS.activeSince
}
