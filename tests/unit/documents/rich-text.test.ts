import { describe, expect, it } from 'vitest'
import { buildMinutes } from '../../../src/main/documents'
import type { BlockNode, InlineNode, ListItemNode, Mark, ParagraphNode } from '../../../src/shared/rich-text'
import { accessibilityProblems, paragraphsOf, unzipDocx } from '../../support/docx'
import { exampleMinutes, noFile } from './fixtures'

const t = (text: string, ...marks: ('bold' | 'italic' | 'underline')[]): InlineNode => ({ type: 'text', text, marks: marks.map((type): Mark => ({ type })) })
const p = (...content: InlineNode[]): ParagraphNode => ({ type: 'paragraph', content })
const item = (...content: BlockNode[]): ListItemNode => ({ type: 'listItem', content })

async function notesXml(content: BlockNode[]) {
  const { meeting, settings } = exampleMinutes()
  const one = { ...meeting, agenda: [{ ...meeting.agenda[0], notes: { type: 'doc' as const, content }, decisions: [] }] }
  const parts = await unzipDocx(await buildMinutes(one, settings, { readFile: noFile }))
  const body = parts.get('word/document.xml') ?? ''
  const paragraphs = paragraphsOf(body)
  const start = paragraphs.findIndex((x) => x.style === 'Heading2') + 1
  return { parts, notes: paragraphs.slice(start, start + content.length + 4) }
}

describe('rich text from the editor', () => {
  it('prints a paragraph tagged with areas exactly as an untagged one: the tags are analysis, not text', async () => {
    const tagged: ParagraphNode = { ...p(t('Västertorp', 'bold')), attrs: { areaIds: ['area-vastertorp'] } }
    const [withTags, without] = await Promise.all([notesXml([tagged]), notesXml([p(t('Västertorp', 'bold'))])])
    expect(withTags.notes[0]).toEqual(without.notes[0])
    expect(withTags.notes[0].text).toBe('Västertorp')
  })

  it('maps bold, italic, underline and hard breaks to run properties', async () => {
    const { notes } = await notesXml([p(t('fet', 'bold'), t(' och '), t('kursiv', 'italic'), { type: 'hardBreak' }, t('understruken', 'underline'))])
    expect(notes[0].text).toBe('fet och kursiv\nunderstruken')
    expect(notes[0].xml).toMatch(/<w:r><w:rPr><w:b\/>[\s\S]*?<w:t[^>]*>fet<\/w:t>/)
    expect(notes[0].xml).toMatch(/<w:rPr><w:i\/>[\s\S]*?<w:t[^>]*>kursiv<\/w:t>/)
    expect(notes[0].xml).toMatch(/<w:u w:val="single"\/>[\s\S]*?understruken/)
    expect(notes[0].xml).toContain('<w:r><w:t xml:space="preserve"> och </w:t></w:r>')
  })

  it('makes bullet and numbered lists with Word numbering at the nesting level', async () => {
    const { notes, parts } = await notesXml([
      { type: 'bulletList', content: [item(p(t('ett')), { type: 'orderedList', content: [item(p(t('inre')))] }), item(p(t('två')))] }
    ])
    expect(notes.slice(0, 3).map((n) => n.text)).toEqual(['ett', 'inre', 'två'])
    expect(notes.slice(0, 3).every((n) => n.hasNumbering)).toBe(true)
    expect(notes[1].xml).toContain('<w:ilvl w:val="1"/>')
    const numbering = parts.get('word/numbering.xml') ?? ''
    expect(numbering).toContain('w:val="bullet"')
    expect(numbering).toMatch(/<w:numFmt w:val="decimal"\/>[\s\S]*?<w:lvlText w:val="%1."\/>/)
  })

  it('writes links as hyperlinks to their address, and drops empty paragraphs', async () => {
    const link: InlineNode = { type: 'text', text: 'stadens sida', marks: [{ type: 'link', attrs: { href: 'https://start.stockholm' } }] }
    const { notes, parts } = await notesXml([p(), p(t('Se '), link), p(t(' '))])
    expect(notes[0].text).toBe('Se stadens sida')
    const id = /<w:hyperlink [^>]*r:id="([^"]+)"/.exec(notes[0].xml)?.[1]
    expect(id).toBeDefined()
    expect(parts.get('word/_rels/document.xml.rels')).toMatch(new RegExp(`Id="${id}"[^>]*Target="https://start.stockholm"`))
    // The blank paragraphs around it were not written (the checker refuses empty paragraphs).
    expect(accessibilityProblems(parts)).toEqual([])
  })
})
