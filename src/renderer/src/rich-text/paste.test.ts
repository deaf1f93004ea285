import { getSchema } from '@tiptap/core'
import { DOMParser as ProseMirrorParser } from '@tiptap/pm/model'
import { Window } from 'happy-dom'
import { describe, expect, it } from 'vitest'
import { MINUTES_EXTENSIONS } from './extensions'
import { normalisePastedHtml, type HtmlParser } from './paste'
import { WordPaste, wordPastePlugin } from './word-paste'
import { bold, bulletList, doc, italic, link, orderedList, paragraph, plainText, RichTextInputSchema, text, type RichText } from '../../../shared/rich-text'
// Real clipboard HTML as Word 365 and Outlook 365 put it there (Windows, Swedish).
import outlookMessage from '../../../../tests/fixtures/paste/outlook-365-message.html?raw'
import wordLists from '../../../../tests/fixtures/paste/word-365-lists.html?raw'

const window = new Window()
const parser = new window.DOMParser() as unknown as HtmlParser
const schema = getSchema(MINUTES_EXTENSIONS)

/** As the editor would: the normalised HTML through TipTap's own schema (ProseMirror's DOM parser), then the shared schema. */
function pasted(html: string): RichText {
  const clean = normalisePastedHtml(html, parser)
  const body = parser.parseFromString(`<body>${clean}</body>`, 'text/html').body
  const json = ProseMirrorParser.fromSchema(schema).parse(body as unknown as Node).toJSON() as unknown
  return structure(RichTextInputSchema.parse(json)) as RichText
}

/** TipTap's default attributes (a link's target and rel, a list's type) left out: what the comparison is about is the structure. */
function structure(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(structure)
  if (value === null || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const [key, v] of Object.entries(value)) {
    if (key !== 'attrs') out[key] = structure(v)
    else {
      const attrs = (v ?? {}) as { href?: string; start?: number }
      if (attrs.href !== undefined) out.attrs = { href: attrs.href }
      else if (attrs.start !== undefined && attrs.start !== 1) out.attrs = { start: attrs.start }
    }
  }
  return out
}

const FIXTURES: Record<string, string> = { 'word-365-lists.html': wordLists, 'outlook-365-message.html': outlookMessage }
const fixture = (name: string) => FIXTURES[name]

describe('pasting from Word (Word 365 clipboard HTML)', () => {
  const notes = pasted(fixture('word-365-lists.html'))

  it('turns the mso-list paragraphs into real nested bullet and numbered lists, markers gone', () => {
    expect(notes).toEqual(
      doc(
        paragraph(bold('Lägesbild från polisen')),
        paragraph('Polisen bekräftar att en ökning av personrån mot unga har skett. Majoriteten av rånen sker i ', italic('Liljeholmen'), '.'),
        bulletList(
          [paragraph(bold('Brott och bränder'), ' i Hägersten-Liljeholmen'), bulletList([paragraph('rapport från SLK')], [paragraph(text('mobila ordningsvakter', { type: 'underline' }))])],
          [paragraph('Händelserapporter')]
        ),
        paragraph('Beslut enligt ', link('stadens sida', 'https://start.stockholm/bra'), ' och ett lokalt dokument.'),
        orderedList([paragraph('Kartlägga personrånen')], [paragraph('Se över lämpliga insatser')])
      )
    )
  })

  it('drops the fonts, colours, styles and the link to a local file', () => {
    const clean = normalisePastedHtml(fixture('word-365-lists.html'), parser)
    expect(clean).not.toMatch(/style=|class=|font|color|mso-|<span|<o:p|file:|<!--|supportLists/i)
    expect(plainText(notes)).not.toMatch(/[·§]|^o$/m)
  })

  it('numbers from where Word’s list started, and nests a list that starts deeper', () => {
    const html = `<p class=MsoListParagraphCxSpFirst style='mso-list:l0 level2 lfo3'><![if !supportLists]><span style='mso-list:Ignore'>3.<span>&nbsp;</span></span><![endif]>djup</p>
<p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo3'><![if !supportLists]><span style='mso-list:Ignore'>4.<span>&nbsp;</span></span><![endif]>grund</p>`
    const result = pasted(html)
    expect(result.content).toHaveLength(1)
    expect(result.content[0]).toMatchObject({ type: 'orderedList', content: [{ content: [{ type: 'paragraph' }, { type: 'orderedList', attrs: { start: 3 } }] }, { content: [paragraph('grund')] }] })
  })

  it('also reads Word’s saved-file form of the conditional comments', () => {
    const html = `<p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><!--[if !supportLists]--><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;</span></span></span><!--[endif]-->ett</p>
<p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><!--[if !supportLists]--><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span>&nbsp;</span></span></span><!--[endif]-->två</p>`
    expect(pasted(html)).toEqual(doc(bulletList([paragraph('ett')], [paragraph('två')])))
  })
})

describe('pasting from Outlook (Outlook 365 message HTML)', () => {
  it('keeps its real list, the emphasis, line breaks and the mailto link; drops the signature’s fonts and the image', () => {
    const notes = pasted(fixture('outlook-365-message.html'))
    expect(notes).toEqual(
      doc(
        paragraph('Hej alla,'),
        paragraph('Inför mötet den ', bold('10 maj'), ' vill vi lyfta:'),
        bulletList([paragraph('Tryggheten kring ', italic('Liljeholmstorget'), ' kvällstid')], [paragraph('Belysningen vid gångtunneln')]),
        paragraph('Mvh'),
        paragraph(bold('Anna Lindqvist'), { type: 'hardBreak' }, 'Kommunpolis, Lpo Skärholmen', { type: 'hardBreak' }, link('anna.lindqvist@example.org', 'mailto:anna.lindqvist@example.org'))
      )
    )
  })
})

describe('pasting anything else', () => {
  it('unwraps what the vocabulary has no place for and keeps the text', () => {
    const html = '<h1 style="color:red">Rubrik</h1><table><tr><td>cell <strong>fet</strong></td></tr></table><div><font face="Comic Sans">brev</font></div><script>alert(1)</script><a href="javascript:alert(1)">klick</a>'
    expect(pasted(html)).toEqual(doc(paragraph('Rubrik'), paragraph('cell ', bold('fet')), paragraph('brev'), paragraph('klick')))
  })
})

describe('the minutes editor', () => {
  it('runs every paste through the normaliser (its plugin’s transformPastedHTML)', () => {
    expect(MINUTES_EXTENSIONS).toContain(WordPaste)
    const transform = wordPastePlugin(parser).props.transformPastedHTML
    const html = fixture('word-365-lists.html')
    expect(transform?.call(undefined as never, html, undefined as never)).toBe(normalisePastedHtml(html, parser))
  })
})
