import type { DecidedAction, PriorityArea } from '../../shared/domain/areas'
import type { Meeting } from '../../shared/domain/meetings'
import type { RichText } from '../../shared/rich-text'
import type { ExampleBuild } from './build'

/** The stable keys of the five priority areas of the example minutes (item 3). */
export const EXAMPLE_AREAS = {
  liljeholmen: 'ex-area-liljeholmen',
  vastertorp: 'ex-area-vastertorp',
  youth: 'ex-area-ungdomar',
  begging: 'ex-area-tiggeri',
  extremism: 'ex-area-extremism'
} as const

const AGREEMENT = 'Prioriterat i den lokala samverkansöverenskommelsen mellan Hägersten-Liljeholmen och Lpo Skärholmen.'

type AreaFacts = Pick<PriorityArea, 'name' | 'kind' | 'description' | 'dataSources'>

/*
 * The minutes of 2019-02-22 say the areas are "fortsatt" (still) the priorities of the
 * local agreement, so they were before; the example dates them from the start of 2018,
 * the agreement period it assumes. The data sources are those the minutes report from.
 */
const FACTS: Record<keyof typeof EXAMPLE_AREAS, AreaFacts> = {
  liljeholmen: {
    name: 'Liljeholmen',
    kind: 'place',
    description: `${AGREEMENT} Personrån mot unga, narkotika, hot och våld.`,
    dataSources: ['Polisens statistik', 'Trygghetsmätningen']
  },
  vastertorp: { name: 'Västertorp', kind: 'place', description: AGREEMENT, dataSources: ['Polisens statistik', 'Trygghetsmätningen'] },
  youth: {
    name: 'Ungdomar',
    kind: 'group',
    description: `${AGREEMENT} Rån mellan unga vid skolorna, grupper som skapar otrygghet.`,
    dataSources: ['SSP', 'Polisens statistik']
  },
  begging: { name: 'Påträngande tiggeri/olovliga bosättningar', kind: 'theme', description: AGREEMENT, dataSources: ['Händelserapporter från aktörerna'] },
  extremism: { name: 'Våldsbejakande extremism', kind: 'theme', description: AGREEMENT, dataSources: ['SSP'] }
}

export function exampleAreas(b: ExampleBuild): PriorityArea[] {
  return (Object.keys(EXAMPLE_AREAS) as (keyof typeof EXAMPLE_AREAS)[]).map((key) => ({
    id: b.id(EXAMPLE_AREAS[key]),
    ...FACTS[key],
    dataSources: [...FACTS[key].dataSources],
    activeSince: '2018-01-01',
    closedOn: null,
    createdAt: b.at(),
    updatedAt: b.at()
  }))
}

/** The paragraphs' tags, written with the areas' stable keys, as this build's ids. */
export function withAreaIds(notes: RichText, b: ExampleBuild): RichText {
  return {
    ...notes,
    content: notes.content.map((block) => (block.type === 'paragraph' && block.attrs?.areaIds ? { ...block, attrs: { areaIds: block.attrs.areaIds.map(b.id) } } : block))
  }
}

/** Item 4's decision as an insats: map the robberies of young people first, then see what to do. */
export function exampleActions(b: ExampleBuild, held: Meeting): DecidedAction[] {
  const item = held.agenda[3]
  const decision = item.decisions[0]
  return [
    {
      id: b.id('ex-action-01'),
      title: decision.text,
      areaIds: [...decision.areaIds],
      ownerContactId: null,
      ownerName: '',
      startDate: held.date,
      status: 'planned',
      source: { kind: 'decision', meetingId: held.id, agendaItemId: item.id, decisionId: decision.id },
      followUps: [],
      createdAt: b.at(),
      updatedAt: b.at()
    }
  ]
}
