/**
 * Helpers to look inside generated .docx files the way Word and LibreOffice do:
 * unzip every part, validate the XML, read paragraphs with their styles and text,
 * and convert to PDF text with the real LibreOffice.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { XMLValidator } from 'fast-xml-parser'
import JSZip from 'jszip'
import { docxToPdf } from '../../scripts/render'
import { unescapeXml } from '../../src/shared/format/text'

const run = promisify(execFile)

export type Parts = Map<string, string>

/** Every XML part (and .rels) of the package as text; binary parts are listed with an empty string. */
export async function unzipDocx(bytes: Uint8Array): Promise<Parts> {
  const zip = await JSZip.loadAsync(bytes)
  const parts: Parts = new Map()
  for (const [name, file] of Object.entries(zip.files)) {
    if (file.dir) continue
    parts.set(name, /\.(xml|rels)$/.test(name) ? await file.async('string') : '')
  }
  return parts
}

/** Names of parts whose XML is not well-formed, with the parser's reason. */
export function malformedParts(parts: Parts): string[] {
  const bad: string[] = []
  for (const [name, xml] of parts) {
    if (!/\.(xml|rels)$/.test(name)) continue
    const result = XMLValidator.validate(xml)
    if (result !== true) bad.push(`${name}: ${result.err.msg}`)
  }
  return bad
}

export interface DocParagraph {
  style: string | null
  text: string
  hasNumbering: boolean
  xml: string
}

/** The paragraphs of a part in document order (table cells included), with visible text. */
export function paragraphsOf(xml: string): DocParagraph[] {
  const found = xml.match(/<w:p\b[^>]*\/>|<w:p\b[^>]*>[\s\S]*?<\/w:p>/g) ?? []
  return found.map((p) => {
    const pieces = p.match(/<w:t(?:\s[^>]*)?>[^<]*<\/w:t>|<w:br\b[^>]*\/>|<w:tab\/>/g) ?? []
    const text = pieces
      .map((piece) => (piece.startsWith('<w:br') ? '\n' : piece === '<w:tab/>' ? '\t' : unescapeXml(piece.replace(/<[^>]+>/g, ''))))
      .join('')
    const style = /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? null
    return { style, text, hasNumbering: p.includes('<w:numPr>'), xml: p }
  })
}

/** The document body's text, one paragraph per line. */
export function documentText(parts: Parts): string {
  return paragraphsOf(parts.get('word/document.xml') ?? '')
    .map((p) => p.text)
    .join('\n')
}

/** Everything docs/formats.md §2 asks that can be read from the XML; an empty list means it passes. */
export function accessibilityProblems(parts: Parts): string[] {
  const problems: string[] = []
  const body = parts.get('word/document.xml') ?? ''
  const paragraphs = paragraphsOf(body)
  const levels = paragraphs.map((p) => /^Heading(\d)$/.exec(p.style ?? '')?.[1]).filter(Boolean).map(Number)
  if (levels.filter((l) => l === 1).length !== 1) problems.push(`expected one Heading 1, found ${levels.filter((l) => l === 1).length}`)
  levels.forEach((level, i) => {
    const previous = i === 0 ? 0 : levels[i - 1]
    if (level > previous + 1) problems.push(`heading level ${level} follows ${previous}`)
  })
  for (const p of paragraphs) {
    if (/^\s*(\d+[.)]|[•◦▪·*\u2013-])\s/.test(p.text)) problems.push(`typed list marker: ${p.text.slice(0, 40)}`)
    if (p.text.trim() === '' && !p.xml.includes('<w:drawing')) problems.push('empty paragraph in the body')
  }
  for (const table of body.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []) {
    const firstRow = /<w:tr\b[\s\S]*?<\/w:tr>/.exec(table)?.[0] ?? ''
    if (!firstRow.includes('<w:tblHeader')) problems.push('table without a repeating header row')
    for (const cell of table.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []) {
      if (paragraphsOf(cell).every((p) => p.text.trim() === '')) problems.push('empty table cell')
    }
  }
  if (/<w:gridSpan|<w:vMerge|<w:hMerge/.test(body)) problems.push('merged table cells')
  for (const [name, xml] of parts) {
    for (const docPr of xml.match(/<wp:docPr\b[^>]*>/g) ?? []) {
      if (!/descr="[^"]+"/.test(docPr)) problems.push(`image without alt text in ${name}`)
    }
  }
  const styles = parts.get('word/styles.xml') ?? ''
  if (!/<w:docDefaults>[\s\S]*<w:lang w:val="sv-SE"/.test(styles)) problems.push('default language is not sv-SE')
  const core = parts.get('docProps/core.xml') ?? ''
  if (!/<dc:title>[^<]+<\/dc:title>/.test(core)) problems.push('no dc:title')
  if (!/<dc:language>sv-SE<\/dc:language>/.test(core)) problems.push('no dc:language sv-SE')
  return problems
}

/** Converts with LibreOffice (private profile) and returns pdftotext's output. */
export async function pdfTextOf(bytes: Uint8Array, name: string): Promise<{ text: string; pdf: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'samverkan-docx-'))
  const docx = join(dir, name)
  await writeFile(docx, bytes)
  const pdf = await docxToPdf(docx, dir)
  const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 })
  return { text: stdout, pdf }
}

/** Finds each needle after the previous one; returns the first that is missing or out of order. */
export function firstMissingInOrder(haystack: string, needles: string[]): string | null {
  let from = 0
  for (const needle of needles) {
    const at = haystack.indexOf(needle, from)
    if (at < 0) return needle
    from = at + needle.length
  }
  return null
}

/** A small valid PNG (solid colour), for logo tests. */
export async function tinyPng(width = 40, height = 20): Promise<Uint8Array> {
  const { deflateSync, crc32 } = await import('node:zlib')
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const out = Buffer.alloc(body.length + 8)
    out.writeUInt32BE(data.length, 0)
    body.copy(out, 4)
    out.writeUInt32BE(crc32(body) >>> 0, body.length + 4)
    return out
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8)
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x33)])
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)))
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return new Uint8Array(Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]))
}

/**
 * pdftotext's output without the running header and footer, which LibreOffice
 * prints in the middle of a paragraph that crosses a page break. A line is
 * running text when it is part of a header/footer paragraph or holds "Sida N (M)".
 */
export function withoutRunningText(pdfText: string, parts: Parts): string {
  const squash = (s: string) => s.replace(/[\s\u00a0]+/g, '')
  const running = [...parts.entries()]
    .filter(([name]) => /^word\/(header|footer)\d+\.xml$/.test(name))
    .flatMap(([, xml]) => paragraphsOf(xml).map((p) => squash(p.text.replace(/Sida.*$/, ''))))
    .filter((s) => s !== '')
  return pdfText
    .split('\n')
    .filter((line) => {
      const s = squash(line.replace(/Sida \d+ \(\d+\)/, ''))
      if (/Sida \d+ \(\d+\)/.test(line) && s === '') return false
      return s === '' || !running.some((r) => r.includes(s))
    })
    .join('\n')
}
