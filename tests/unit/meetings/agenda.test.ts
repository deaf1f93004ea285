import { describe, expect, it } from 'vitest'
import { AgendaItemSchema, type AgendaItem } from '../../../src/shared/domain/meetings'
import {
  addItem,
  agendaFromTemplate,
  moveAnnouncement,
  moveItem,
  moveItemTo,
  numberedAgenda,
  removeItem,
  slotWarnings,
  suggestSlot
} from '../../../src/shared/meetings/agenda'
import { AGENDA_TEMPLATE } from '../../../src/shared/meetings/planning-text'

const item = (id: string, title = id, slot: [string, string] | null = null): AgendaItem =>
  AgendaItemSchema.parse({ id: `agenda-item-${id}`, title, startTime: slot?.[0] ?? null, endTime: slot?.[1] ?? null })

const titles = (agenda: AgendaItem[]) => agenda.map((i) => i.title)
const base = () => [item('a', 'Öppnande'), item('b', 'Lägesbild'), item('o', 'Övriga frågor')]

describe('agenda operations', () => {
  it('adds a new item before "Övriga frågor" while it is last, and leaves the original alone', () => {
    const agenda = base()
    const next = addItem(agenda, item('n', 'Nytt'))
    expect(titles(next)).toEqual(['Öppnande', 'Lägesbild', 'Nytt', 'Övriga frågor'])
    expect(titles(agenda)).toEqual(['Öppnande', 'Lägesbild', 'Övriga frågor'])
  })

  it('recognises "Övriga frågor" however it is written', () => {
    const agenda = [item('a', 'Öppnande'), item('o', '  övriga FRÅGOR ')]
    expect(titles(addItem(agenda, item('n', 'Nytt')))).toEqual(['Öppnande', 'Nytt', 'övriga FRÅGOR'])
  })

  it('keeps her order once she has moved "Övriga frågor" herself', () => {
    const moved = moveItemTo(base(), 'agenda-item-o', 0)
    expect(titles(moved)).toEqual(['Övriga frågor', 'Öppnande', 'Lägesbild'])
    expect(titles(addItem(moved, item('n', 'Nytt')))).toEqual(['Övriga frågor', 'Öppnande', 'Lägesbild', 'Nytt'])
  })

  it('adds at a given index, clamped', () => {
    expect(titles(addItem(base(), item('n', 'Först'), 0))[0]).toBe('Först')
    expect(titles(addItem(base(), item('n', 'Sist'), 99)).at(-1)).toBe('Sist')
  })

  it('removes by id', () => {
    expect(titles(removeItem(base(), 'agenda-item-b'))).toEqual(['Öppnande', 'Övriga frågor'])
  })

  it('moves one step by keyboard and stops at either end', () => {
    expect(titles(moveItem(base(), 'agenda-item-b', 'up'))).toEqual(['Lägesbild', 'Öppnande', 'Övriga frågor'])
    expect(titles(moveItem(base(), 'agenda-item-b', 'down'))).toEqual(['Öppnande', 'Övriga frågor', 'Lägesbild'])
    expect(titles(moveItem(base(), 'agenda-item-a', 'up'))).toEqual(titles(base()))
    expect(titles(moveItem(base(), 'agenda-item-o', 'down'))).toEqual(titles(base()))
    expect(titles(moveItem(base(), 'nope', 'up'))).toEqual(titles(base()))
  })

  it('moves to an index (drag and drop) and renumbers', () => {
    const moved = moveItemTo(base(), 'agenda-item-a', 2)
    expect(numberedAgenda(moved).map(({ number, item: i }) => `${number}. ${i.title}`)).toEqual([
      '1. Lägesbild',
      '2. Övriga frågor',
      '3. Öppnande'
    ])
  })

  it('announces the new position for screen readers', () => {
    const moved = moveItem(base(), 'agenda-item-o', 'up')
    expect(moveAnnouncement(moved, 'agenda-item-o')).toBe('Övriga frågor flyttad till punkt 2 av 3.')
    expect(moveAnnouncement(moved, 'nope')).toBe('')
  })

  it('builds a new agenda from the template with fresh ids, "Övriga frågor" last', () => {
    let n = 0
    const agenda = agendaFromTemplate(() => `new-id-${++n}`)
    expect(titles(agenda)).toEqual(AGENDA_TEMPLATE.map((t) => t.title))
    expect(agenda.at(-1)?.title).toBe('Övriga frågor')
    expect(agenda.find((i) => i.kind === 'followUp')?.title).toBe('Uppföljning av uppdrag')
    expect(new Set(agenda.map((i) => i.id)).size).toBe(agenda.length)
  })
})

describe('time slots', () => {
  it('suggests the meeting start for the first item, 15 minutes long', () => {
    expect(suggestSlot(base(), 0, '09:00')).toEqual({ startTime: '09:00', endTime: '09:15' })
  })

  it('follows on from the nearest earlier slot, as long as it was', () => {
    const agenda = [item('a', 'A', ['09:00', '09:30']), item('b', 'B'), item('c', 'C')]
    expect(suggestSlot(agenda, 1, '09:00')).toEqual({ startTime: '09:30', endTime: '10:00' })
    expect(suggestSlot(agenda, 2, '09:00')).toEqual({ startTime: '09:30', endTime: '10:00' })
    const two = [item('a', 'A', ['09:00', '09:30']), item('b', 'B', ['09:30', '09:40']), item('c', 'C')]
    expect(suggestSlot(two, 2, '09:00')).toEqual({ startTime: '09:40', endTime: '09:50' })
  })

  it('warns when a slot runs past the meeting end, starts before it, or ends before it starts', () => {
    const agenda = [
      item('a', 'A', ['08:45', '09:15']),
      item('b', 'B', ['09:15', '10:00']),
      item('c', 'C', ['10:30', '10:15']),
      item('d', 'D', ['10:45', '11:15'])
    ]
    expect(slotWarnings(agenda, { startTime: '09:00', endTime: '11:00' })).toEqual([
      { itemId: 'agenda-item-a', message: 'Punkt 1 börjar kl.\u00a008.45, före mötets start.' },
      { itemId: 'agenda-item-c', message: 'Punkt 3: sluttiden måste vara efter starttiden.' },
      { itemId: 'agenda-item-d', message: 'Punkt 4 slutar kl.\u00a011.15, efter mötets slut kl.\u00a011.00.' }
    ])
  })
})
