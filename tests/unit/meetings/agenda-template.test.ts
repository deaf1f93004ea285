import { afterEach, describe, expect, it } from 'vitest'
import type { MeetingDraft } from '../../../src/shared/contract/meetings'
import type { Settings } from '../../../src/shared/domain/settings'
import type { Meeting } from '../../../src/shared/domain/meetings'
import { AGENDA_TEMPLATE } from '../../../src/shared/meetings/planning-text'
import { expectRefused, meetingsHarness, type MeetingsHarness } from './harness'

let h: MeetingsHarness
afterEach(async () => h?.close())

describe('the agenda template in Inställningar', () => {
  it('defaults to the council\'s usual agenda, "Övriga frågor" last, and is replaced as a whole', async () => {
    h = await meetingsHarness()
    expect((await h.call<Settings>('settings.get')).agendaTemplate).toEqual(AGENDA_TEMPLATE)
    // The list, with "Övriga frågor" moved last as formats.md §4 and domain.md have it: "Kommande möten" just before.
    expect(AGENDA_TEMPLATE.map((i) => i.title)).toEqual([
      'Mötets öppnande',
      'Föregående minnesanteckningar',
      'Uppföljning av uppdrag',
      'Lokala lägesbilden utifrån prioriterade områden',
      'Aktuellt från polisen',
      'Kommande möten',
      'Övriga frågor'
    ])
    expect(AGENDA_TEMPLATE.find((i) => i.kind === 'followUp')?.title).toBe('Uppföljning av uppdrag')
    const template = [{ title: 'Mötets öppnande', kind: 'information' }, { title: 'Lägesbild', kind: 'discussion' }, { title: 'Övriga frågor', kind: 'discussion' }]
    const settings = await h.call<Settings>('settings.update', { agendaTemplate: template })
    expect(settings.agendaTemplate).toEqual(template)
    expect((await h.call<MeetingDraft>('meetings.newDraft', {})).agenda).toEqual(template)
    const meeting = await h.call<Meeting>('meetings.create', { date: '2019-09-13', startTime: '9', endTime: '11' })
    expect(meeting.agenda.map((i) => i.title)).toEqual(['Mötets öppnande', 'Lägesbild', 'Övriga frågor'])
  })

  it('refuses an item without a title or with an unknown kind, writing nothing', async () => {
    h = await meetingsHarness()
    expect(await expectRefused(h, 'settings.update', { agendaTemplate: [{ title: ' ', kind: 'information' }] })).toMatchObject({ paths: ['agendaTemplate.0.title'] })
    expect(await expectRefused(h, 'settings.update', { agendaTemplate: [{ title: 'A', kind: 'fika' }] })).toMatchObject({ paths: ['agendaTemplate.0.kind'] })
  })
})
