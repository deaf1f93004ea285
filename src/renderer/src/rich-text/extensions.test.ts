import { getSchema } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { MINUTES_EXTENSIONS } from './extensions'
import { MeetingSchema } from '../../../shared/domain/meetings'
import { bold, bulletList, doc, hardBreak, link, MARK_TYPES, NODE_TYPES, paragraph, plainText, RichTextSchema } from '../../../shared/rich-text'

describe('the rich-text vocabulary', () => {
  it('is exactly the schema of the minutes editor (TipTap 3 with our StarterKit settings)', () => {
    const schema = getSchema(MINUTES_EXTENSIONS)
    expect(Object.keys(schema.nodes).sort()).toEqual([...NODE_TYPES].sort())
    expect(Object.keys(schema.marks).sort()).toEqual([...MARK_TYPES].sort())
  })

  it('accepts what the builders make, and plainText reads it line by line', () => {
    const notes = doc(paragraph(bold('Lägesbild'), hardBreak(), 'från polisen'), bulletList([paragraph('ett')], [paragraph(link('stadens sida', 'https://start.stockholm'))]))
    expect(RichTextSchema.parse(notes)).toEqual(notes)
    expect(plainText(notes)).toBe('Lägesbild\nfrån polisen\nett\nstadens sida')
  })

  it('refuses an unknown node or mark, naming where it is', () => {
    const heading = RichTextSchema.safeParse({ type: 'doc', content: [{ type: 'heading', content: [] }] })
    expect(heading.success).toBe(false)
    expect(heading.error?.issues[0]).toMatchObject({ path: ['content', 0, 'type'], message: expect.stringMatching(/^okänd typ av innehåll/) })
    const strong = RichTextSchema.safeParse(doc({ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'strong' } as never] }] }))
    expect(strong.error?.issues[0]).toMatchObject({ path: ['content', 0, 'content', 0, 'marks', 0, 'type'], message: expect.stringMatching(/^okänd formatering/) })
    const inList = RichTextSchema.safeParse({ type: 'doc', content: [{ type: 'bulletList', content: [{ type: 'paragraph' }] }] })
    expect(inList.success).toBe(false)
  })

  it('names the field in a meeting: agenda.<n>.notes…', () => {
    const bad = MeetingSchema.shape.agenda.safeParse([{ id: 'item-0001', title: 'Punkt', notes: { type: 'doc', content: [{ type: 'codeBlock' }] } }])
    expect(bad.error?.issues[0]?.path).toEqual([0, 'notes', 'content', 0, 'type'])
  })
})
