import { afterEach, describe, expect, it } from 'vitest'
import { activeAreasLine, isSituationItem, withActiveAreas } from '../../../src/shared/areas/kallelse'
import type { Meeting } from '../../../src/shared/domain/meetings'
import { meetingsHarness, type MeetingsHarness } from '../meetings/harness'
import { area, registerWithAreas } from './fixtures'

let h: MeetingsHarness
afterEach(async () => h?.close())

const AREAS = [
  area('area-liljeholmen', 'Liljeholmen', { activeSince: '2018-01-01' }),
  area('area-vastertorp', 'Västertorp', { closedOn: '2019-05-10' }),
  area('area-ungdomar', 'Ungdomar', { activeSince: null }),
  area('area-tiggeri', 'Påträngande tiggeri', { activeSince: '2019-06-01' })
]

describe('the kallelse’s lägesbild item lists the active areas', () => {
  it('names the areas active on the date, in her order, as Swedish lists them', () => {
    expect(activeAreasLine(AREAS, '2019-05-09')).toBe('Prioriterade områden: Liljeholmen, Västertorp och Ungdomar.')
    // Closed on the meeting's day, and one not yet begun, are left out.
    expect(activeAreasLine(AREAS, '2019-05-10')).toBe('Prioriterade områden: Liljeholmen och Ungdomar.')
    expect(activeAreasLine(AREAS.slice(2, 3), '2019-05-10')).toBe('Prioriterade områden: Ungdomar.')
    expect(activeAreasLine([], '2019-05-10')).toBe('')
  })

  it('fills only the lägesbild item, only when she has written no description', () => {
    expect(isSituationItem(' Lokala lägesbilden utifrån prioriterade områden')).toBe(true)
    expect(isSituationItem('Lägesbild')).toBe(false)
    const agenda = [
      { title: 'Lokala lägesbilden utifrån prioriterade områden', description: '' },
      { title: 'Kommande möten' },
      { title: 'Lokala lägesbilden (fortsättning)', description: 'Hennes egen text' }
    ]
    expect(withActiveAreas(agenda, AREAS, '2019-05-10').map((i) => i.description)).toEqual([
      'Prioriterade områden: Liljeholmen och Ungdomar.',
      undefined,
      'Hennes egen text'
    ])
    expect(withActiveAreas(agenda, [], '2019-05-10')).toEqual(agenda)
  })

  it('a meeting created from the agenda template gets the line, as of its own date', async () => {
    const db = registerWithAreas()
    db.priorityAreas[1].closedOn = '2019-06-01'
    h = await meetingsHarness(db)
    const june = await h.call<Meeting>('meetings.create', { date: '2019-06-14', startTime: '09:00', endTime: '11:00' })
    const item = june.agenda.find((i) => isSituationItem(i.title))
    expect(item?.description).toBe('Prioriterade områden: Västertorp.')
    expect(june.agenda.filter((i) => i.description).map((i) => i.title)).toEqual([item?.title])
  })
})
