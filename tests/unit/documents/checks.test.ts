import { describe, expect, it } from 'vitest'
import { accessibilityProblems, malformedParts, type Parts } from '../../support/docx'

/** The checker itself must catch each kind of problem, or the document tests prove nothing. */
const good = {
  body: '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Rubrik</w:t></w:r></w:p>',
  styles: '<w:styles><w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="sv-SE"/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>',
  core: '<cp:coreProperties><dc:title>T</dc:title><dc:language>sv-SE</dc:language></cp:coreProperties>'
}

function parts(body: string, overrides: Record<string, string> = {}): Parts {
  return new Map(
    Object.entries({
      'word/document.xml': `<w:document><w:body>${body}</w:body></w:document>`,
      'word/styles.xml': good.styles,
      'docProps/core.xml': good.core,
      ...overrides
    })
  )
}

const h = (level: number, text: string) =>
  `<w:p><w:pPr><w:pStyle w:val="Heading${level}"/></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`
const p = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`
const table = (firstRowProps: string, cell = 'x', extra = '') =>
  `<w:tbl><w:tr>${firstRowProps}<w:tc>${p('Namn')}</w:tc></w:tr><w:tr><w:tc>${extra}${p(cell)}</w:tc></w:tr></w:tbl>`

describe('the accessibility checker', () => {
  it('accepts a minimal good document', () => {
    expect(accessibilityProblems(parts(good.body + h(2, 'A') + table('<w:trPr><w:tblHeader/></w:trPr>')))).toEqual([])
  })

  it('reports each kind of problem', () => {
    const cases: [string, Parts][] = [
      ['one Heading 1', parts(good.body + h(1, 'Två'))],
      ['heading level 3 follows 1', parts(good.body + h(3, 'Hopp'))],
      ['typed list marker', parts(good.body + p('1. Punkt'))],
      ['typed list marker', parts(good.body + p('• Punkt'))],
      ['empty paragraph', parts(good.body + '<w:p/>')],
      ['repeating header row', parts(good.body + table(''))],
      ['empty table cell', parts(good.body + table('<w:trPr><w:tblHeader/></w:trPr>', ' '))],
      ['merged', parts(good.body + table('<w:trPr><w:tblHeader/></w:trPr>', 'x', '<w:tcPr><w:gridSpan w:val="2"/></w:tcPr>'))],
      ['alt text', parts(good.body, { 'word/header1.xml': '<w:hdr><wp:docPr id="1" name="Logo"/></w:hdr>' })],
      ['sv-SE', parts(good.body, { 'word/styles.xml': '<w:styles/>' })],
      ['dc:title', parts(good.body, { 'docProps/core.xml': '<cp:coreProperties><dc:language>sv-SE</dc:language></cp:coreProperties>' })]
    ]
    for (const [expected, input] of cases) {
      expect(accessibilityProblems(input).join('; ')).toContain(expected)
    }
  })

  it('reports malformed XML parts by name', () => {
    expect(malformedParts(new Map([['word/document.xml', '<a><b></a>'], ['word/ok.xml', '<a/>']]))).toEqual([
      expect.stringContaining('word/document.xml')
    ])
  })
})
