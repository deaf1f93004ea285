import { describe, expect, it } from 'vitest'
import { escapeXml, fileNamePart, singleLine, stripXmlForbidden, unescapeXml } from '../../../src/shared/format/text'

describe('text safety', () => {
  it('removes C0 controls but keeps tab, newline and carriage return', () => {
    expect(stripXmlForbidden('a\u0000b\u0001c\u0008d\u000be\u000cf\u001fg')).toBe('abcdefg')
    expect(stripXmlForbidden('a\tb\nc\rd')).toBe('a\tb\nc\rd')
  })

  it('removes lone surrogates and U+FFFE/U+FFFF but keeps emoji and right-to-left text', () => {
    expect(stripXmlForbidden('x\uD83Dy\uDE00z\uFFFE\uFFFF')).toBe('xyz')
    expect(stripXmlForbidden('Möte 🎉👩‍👩‍👧 klart')).toBe('Möte 🎉👩‍👩‍👧 klart')
    expect(stripXmlForbidden('مرحبا שלום')).toBe('مرحبا שלום')
  })

  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;')
  })

  it('collapses whitespace for one-line fields', () => {
    expect(singleLine('  Telefonvägen 30,\n plan 9 \t')).toBe('Telefonvägen 30, plan 9')
  })

  it('makes lower-case, space-free file-name parts', () => {
    expect(fileNamePart('Lokala BRÅ')).toBe('lokala-bra')
    expect(fileNamePart('Hägersten-Älvsjö / Örby')).toBe('hagersten-alvsjo-orby')
  })
})

describe('unescapeXml', () => {
  it('reads back what escapeXml wrote, and numeric references', () => {
    const text = `Bengt "Spider" Jansson <&> 'BRÅ' &amp;lt; 🙂 שלום`
    expect(unescapeXml(escapeXml(text))).toBe(text)
    expect(unescapeXml('&#x00E5;&#228;&#246;')).toBe('åäö')
    expect(unescapeXml('&amp;lt;')).toBe('&lt;')
  })
})
