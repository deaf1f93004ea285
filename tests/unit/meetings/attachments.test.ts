import { describe, expect, it } from 'vitest'
import { exampleDatabase } from '../../../src/main/example'
import { AgendaItemSchema, MeetingSchema, type AgendaItem, type Meeting, type MeetingAttachment } from '../../../src/shared/domain/meetings'
import { bulletList, doc, paragraph, plainText, text } from '../../../src/shared/rich-text'
import {
  addAttachment,
  attachmentLine,
  danglingReferences,
  moveAttachment,
  numberByFirstReference,
  referencedNumbers,
  referenceText,
  removeAttachment
} from '../../../src/shared/meetings/attachments'

const attachment = (id: string, number: number, title: string): MeetingAttachment => ({ id: `attachment-${id}`, number, title, storedFile: null })
const item = (id: string, notes: string[], decisions: string[] = []): AgendaItem =>
  AgendaItemSchema.parse({
    id: `item-${id}-0000`,
    title: id,
    notes: doc(...notes.map((n) => paragraph(n))),
    decisions: decisions.map((text, i) => ({ id: `decision-${id}-${i}`, text }))
  })

/** Three attachments, referred to in the order 2, 3, 1 (and 2 again, in a list and a decision). */
function meeting(): Pick<Meeting, 'agenda' | 'attachments'> {
  return {
    attachments: [attachment('a', 1, 'Trygghetsmätningen 2018'), attachment('b', 2, 'Brott och bränder, presentation'), attachment('c', 3, 'Samverkansavtal')],
    agenda: [
      item('one', ['Lägesbild, se bilaga 2.']),
      { ...item('two', []), notes: doc(bulletList([paragraph(`Avtalet: ${referenceText(3)}`)], [paragraph('Mätningen, Bilaga 1')])) },
      item('three', ['Åter till bilaga 2'], ['Enligt bilaga 3 förlängs avtalet.'])
    ]
  }
}
const notesText = (m: Pick<Meeting, 'agenda'>) => m.agenda.map((i) => [plainText(i.notes), ...i.decisions.map((d) => d.text)].join(' | '))
const titles = (m: Pick<Meeting, 'attachments'>) => m.attachments.map(attachmentLine)

describe('attachment numbering', () => {
  it('reads the references in order of first appearance, in notes, lists and decisions', () => {
    expect(referencedNumbers(meeting().agenda)).toEqual([2, 3, 1])
  })

  it('numbers by first reference and rewrites every reference to the new numbers at once', () => {
    const next = numberByFirstReference(meeting())
    expect(titles(next)).toEqual(['Bilaga 1: Brott och bränder, presentation', 'Bilaga 2: Samverkansavtal', 'Bilaga 3: Trygghetsmätningen 2018'])
    expect(notesText(next)).toEqual(['Lägesbild, se bilaga 1.', 'Avtalet: Se bilaga 2\nMätningen, Bilaga 3', 'Åter till bilaga 1 | Enligt bilaga 2 förlängs avtalet.'])
    expect(numberByFirstReference(next)).toEqual(next)
  })

  it('moves an attachment: numbers follow the list, references follow their attachment', () => {
    const next = moveAttachment(meeting(), 'attachment-c', 0)
    expect(titles(next)).toEqual(['Bilaga 1: Samverkansavtal', 'Bilaga 2: Trygghetsmätningen 2018', 'Bilaga 3: Brott och bränder, presentation'])
    expect(notesText(next)[0]).toBe('Lägesbild, se bilaga 3.')
    expect(notesText(next)[1]).toBe('Avtalet: Se bilaga 1\nMätningen, Bilaga 2')
  })

  it('removes an attachment: those after it move up, a reference to it says so', () => {
    const next = removeAttachment(meeting(), 'attachment-a')
    expect(titles(next)).toEqual(['Bilaga 1: Brott och bränder, presentation', 'Bilaga 2: Samverkansavtal'])
    expect(notesText(next)).toEqual(['Lägesbild, se bilaga 1.', 'Avtalet: Se bilaga 2\nMätningen, Bilaga (borttagen)', 'Åter till bilaga 1 | Enligt bilaga 2 förlängs avtalet.'])
    expect(danglingReferences(next)).toEqual([])
  })

  it('adds an attachment after the others and finds a reference to a number that has none', () => {
    const next = addAttachment({ agenda: [item('x', ['se bilaga 1 och bilaga 7'])], attachments: [] }, { id: 'attachment-n', title: 'Ny', storedFile: null })
    expect(next.attachments).toEqual([{ id: 'attachment-n', number: 1, title: 'Ny', storedFile: null }])
    expect(danglingReferences(next)).toEqual([7])
  })

  it('keeps marks on the text it rewrites and leaves other numbers ("punkt 2", "2 bilagor") alone', () => {
    const m = { ...meeting(), agenda: [{ ...item('m', []), notes: doc(paragraph(text('Se bilaga 3', { type: 'bold' }), ' punkt 2, 2 bilagor, obilaga 3')) }] }
    const next = moveAttachment(m, 'attachment-c', 0)
    expect(next.agenda[0].notes.content[0]).toEqual(paragraph(text('Se bilaga 1', { type: 'bold' }), ' punkt 2, 2 bilagor, obilaga 3'))
  })

  it('renumbers the example minutes of 2019-02-22 and they still validate', () => {
    const held = exampleDatabase().meetings.find((x) => x.date === '2019-02-22')!
    const withSecond = addAttachment(held, { id: 'attachment-second', title: 'Trygghetsvandring, karta', storedFile: null })
    const swapped = moveAttachment(withSecond, 'attachment-second', 0)
    expect(plainText(swapped.agenda[1].notes)).toContain('Se powerpoint, bilaga 2')
    expect(MeetingSchema.parse(swapped)).toEqual(swapped)
    expect(held.agenda[1].notes).toEqual(exampleDatabase().meetings.find((x) => x.date === '2019-02-22')!.agenda[1].notes)
  })
})
