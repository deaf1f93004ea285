import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exampleDatabase } from '../../../src/main/example'
import { openStore } from '../../../src/main/store'
import { MeetingSchema } from '../../../src/shared/domain/meetings'
import { bold, doc, link, paragraph, plainText, RichTextInputSchema, RichTextSchema, text, type RichText } from '../../../src/shared/rich-text'
import { HOSTILE, HOSTILE_JUNK, PRECIOUS_TEXT, XML_ILLEGAL } from '../../support/hostile'
import { movableClock, recordingLog, tempDir } from '../store/helpers'

/** Everything the text rule removes: controls (tab and newline aside), bidi controls, lone surrogates, non-characters. */
const JUNK = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

const hostileNotes = (value: string): RichText => doc(paragraph(`${value} `, bold(value), ' ', link(value, `https://example.org/${value.slice(0, 1000)}`)))

describe('rich text follows the shared text rule', () => {
  it.each(Object.entries(HOSTILE))('cleans every text node and link of %s', (_name, value) => {
    const parsed = RichTextSchema.parse(hostileNotes(value))
    expect(JSON.stringify(parsed).match(JUNK)).toBeNull()
  })

  it('keeps the spaces that join one node to the next, and precious text whole', () => {
    const parsed = RichTextSchema.parse(doc(paragraph(`${PRECIOUS_TEXT} `, bold(`fet${HOSTILE_JUNK}`), ' och vanlig')))
    expect(plainText(parsed)).toBe(`${PRECIOUS_TEXT} fet och vanlig`)
  })

  it('drops a text node that held only junk (ProseMirror refuses empty text nodes)', () => {
    const parsed = RichTextSchema.parse(doc(paragraph('före', text(HOSTILE_JUNK, { type: 'bold' }), 'efter')))
    expect(parsed.content[0]).toEqual(paragraph('före', 'efter'))
  })

  it('refuses a text node longer than the limit without cleaning a huge string first', () => {
    const result = RichTextSchema.safeParse(doc(paragraph('x'.repeat(500_000))))
    expect(result.success).toBe(false)
  })
})

describe('a link in rich text', () => {
  const safe = ['https://start.stockholm/bra', 'http://example.org', 'mailto:anna.lindqvist@example.org', 'HTTPS://EXAMPLE.ORG']
  const unsafe = ['javascript:alert(1)', ' javascript:alert(1)', 'file:///C:/Windows/system32/calc.exe', '\\\\server\\share\\x.exe', 'data:text/html,<b>x</b>', 'vbscript:x', 'https://', 'mailto:', '/relativ/sida', 'ftp://example.org']

  it.each(safe)('is kept for %s', (href) => {
    expect(RichTextInputSchema.parse(doc(paragraph(link('länk', href))))).toEqual(doc(paragraph(link('länk', href))))
  })

  it.each(unsafe)('is refused at input for %j, with the path of the address', (href) => {
    const result = RichTextInputSchema.safeParse(doc(paragraph(link('länk', href))))
    expect(result.error?.issues[0]).toMatchObject({ path: ['content', 0, 'content', 0, 'marks', 0, 'attrs', 'href'], message: expect.stringContaining('http://') })
  })

  it.each(unsafe)('is dropped on load for %j, its text and other marks kept', (href) => {
    const stored = doc(paragraph(text('länk', { type: 'bold' }, { type: 'link', attrs: { href } })))
    expect(RichTextSchema.parse(stored)).toEqual(doc(paragraph(bold('länk'))))
  })

  it('keeps TipTap’s own attributes cleaned and drops unknown ones', () => {
    const attrs = { href: 'https://example.org/\u202Efaktura\u0000', target: '_blank\u0007', rel: null, class: null, onclick: 'x()' }
    const parsed = RichTextInputSchema.parse(doc(paragraph(text('x', { type: 'link', attrs }))))
    expect(parsed.content[0]).toEqual(paragraph(text('x', { type: 'link', attrs: { href: 'https://example.org/faktura', target: '_blank', rel: null, class: null } })))
  })
})

describe('rich text saved through the store', () => {
  it('holds no junk in the data file after a save, nor after the store is opened again', async () => {
    const dir = await tempDir()
    const clock = movableClock('2019-02-22T10:00:00Z').now
    const store = await openStore({ dataDir: dir, clock, log: recordingLog() })
    await store.update((db) => {
      db.meetings = exampleDatabase().meetings
      db.meetings[0].agenda[0].notes = hostileNotes(Object.values(HOSTILE).join(' '))
      db.meetings[0].agenda[1].notes = doc(paragraph(link('klicka', 'javascript:alert(1)')))
    })
    const check = (notes: RichText[]) => {
      const json = JSON.stringify(notes)
      expect(json.match(JUNK)).toBeNull()
      expect(XML_ILLEGAL.test(json)).toBe(false)
      expect(json).not.toContain('javascript:')
    }
    check(store.read().meetings[0].agenda.map((i) => i.notes))
    await store.close()
    const raw = (await readFile(join(dir, 'samverkan.json'), 'utf8')) + (await readFile(join(dir, 'samverkan.journal'), 'utf8').catch(() => ''))
    // The raw bytes hold JSON escapes (\u0001), not the characters: check the decoded records.
    expect(raw).not.toContain('javascript:')
    const reopened = await openStore({ dataDir: dir, clock, log: recordingLog() })
    check(reopened.read().meetings[0].agenda.map((i) => i.notes))
    expect(MeetingSchema.parse(reopened.read().meetings[0])).toEqual(reopened.read().meetings[0])
    await reopened.close()
  })
})

describe('a paragraph may carry the priority areas it is about (schema v6)', () => {
  const tagged = (attrs: unknown) => ({ type: 'doc', content: [{ type: 'paragraph', attrs, content: [{ type: 'text', text: 'Västertorp' }] }] })

  it('keeps its area ids, once each, through both schemas, and the plain text is the same as untagged', () => {
    for (const schema of [RichTextSchema, RichTextInputSchema]) {
      const parsed = schema.parse(tagged({ areaIds: ['area-vastertorp', 'area-ungdomar', 'area-vastertorp'] }))
      expect(parsed.content[0]).toEqual({ type: 'paragraph', attrs: { areaIds: ['area-vastertorp', 'area-ungdomar'] }, content: [{ type: 'text', text: 'Västertorp' }] })
      expect(plainText(parsed)).toBe('Västertorp')
    }
  })

  it('stores an untagged paragraph (null, [] or no attrs) as one without attrs, and drops other attributes', () => {
    for (const attrs of [null, { areaIds: null }, { areaIds: [] }, { textAlign: 'left' }, undefined]) {
      expect(JSON.stringify(RichTextSchema.parse(tagged(attrs)).content[0])).toBe(JSON.stringify(paragraph('Västertorp')))
    }
  })

  it('refuses an area id that is not an id', () => {
    const result = RichTextInputSchema.safeParse(tagged({ areaIds: ['<script>'] }))
    expect(result.success ? [] : result.error.issues.map((i) => i.path.join('.'))).toEqual(['content.0.attrs.areaIds.0'])
  })
})

