import { ExternalHyperlink, HeadingLevel, Paragraph, TextRun, type ParagraphChild } from 'docx'
import type { RichText, RichTextNode } from '../../shared/domain/primitives'
import { NUMBERING } from './frame/numbering'
import { textRuns, type RunStyle } from './frame/runs'
import { stripXmlForbidden } from '../../shared/format/text'

/**
 * The editor's ProseMirror/TipTap JSON mapped to real Word formatting: lists use
 * Word numbering (w:numPr), never typed "•" or "1."; bold and italic are run
 * properties; links are hyperlinks. Paragraphs with no visible text are dropped,
 * since spacing lives in the styles.
 */

/** Hands out list instances so every ordered list starts again at 1. */
export interface ListCounter {
  next(): number
}

export const listCounter = (): ListCounter => {
  let last = 0
  return { next: () => ++last }
}

interface Place {
  counter: ListCounter
  depth: number
  /** Set for the first paragraph of a list item: it carries the number or bullet. */
  numbering?: { reference: string; level: number; instance?: number }
  indentLeft?: number
}

const MAX_DEPTH = 5
const SAFE_LINK = /^(https?:|mailto:)/i

export function richTextParagraphs(doc: RichText, counter: ListCounter): Paragraph[] {
  return blocks(doc.content ?? [], { counter, depth: 0 })
}

function blocks(nodes: RichTextNode[], place: Place): Paragraph[] {
  return nodes.flatMap((node) => block(node, place))
}

function block(node: RichTextNode, place: Place): Paragraph[] {
  switch (node.type) {
    case 'paragraph':
    case 'codeBlock':
      return paragraphOf(node.content ?? [], place)
    case 'heading':
      // Notes sit under an item's Heading 2, so their headings are level 3: no skipped levels.
      return hasVisibleText(node) ? [new Paragraph({ heading: HeadingLevel.HEADING_3, children: inlines(node.content ?? []) })] : []
    case 'bulletList':
    case 'orderedList':
      return list(node, place)
    case 'blockquote':
      return blocks(node.content ?? [], { ...place, indentLeft: (place.indentLeft ?? 0) + 567 })
    case 'text':
    case 'hardBreak':
      return paragraphOf([node], place)
    default:
      return node.content ? blocks(node.content, place) : []
  }
}

function paragraphOf(content: RichTextNode[], place: Place): Paragraph[] {
  if (!content.some(hasVisibleText)) return []
  return [
    new Paragraph({
      children: inlines(content),
      numbering: place.numbering,
      indent: !place.numbering && place.indentLeft ? { left: place.indentLeft } : undefined
    })
  ]
}

function list(node: RichTextNode, place: Place): Paragraph[] {
  const isOrdered = node.type === 'orderedList'
  const level = Math.min(place.depth, MAX_DEPTH)
  const numbering = isOrdered
    ? { reference: NUMBERING.ordered, level, instance: place.counter.next() }
    : { reference: NUMBERING.bullet, level }
  const itemIndent = 567 * (level + 1)
  return (node.content ?? []).flatMap((item) => {
    const children = item.type === 'listItem' ? (item.content ?? []) : [item]
    let isFirst = true
    return children.flatMap((child) => {
      const isNested = child.type === 'bulletList' || child.type === 'orderedList'
      const childPlace: Place = isNested
        ? { counter: place.counter, depth: place.depth + 1 }
        : { counter: place.counter, depth: place.depth, numbering: isFirst ? numbering : undefined, indentLeft: itemIndent }
      const out = block(child, childPlace)
      if (!isNested && out.length > 0) isFirst = false
      return out
    })
  })
}

function hasVisibleText(node: RichTextNode): boolean {
  if (typeof node.text === 'string' && node.text.trim() !== '') return true
  return (node.content ?? []).some(hasVisibleText)
}

function inlines(nodes: RichTextNode[], inherited: RunStyle = {}): ParagraphChild[] {
  return nodes.flatMap((node) => inline(node, inherited))
}

function inline(node: RichTextNode, inherited: RunStyle): ParagraphChild[] {
  if (node.type === 'hardBreak') return [new TextRun({ break: 1 })]
  if (typeof node.text !== 'string') return inlines(node.content ?? [], inherited)
  const style = { ...inherited, ...markStyle(node) }
  const runs = textRuns(node.text, style)
  const rawHref = node.marks?.find((m) => m.type === 'link')?.attrs?.href
  const href = typeof rawHref === 'string' ? stripXmlForbidden(rawHref) : null
  if (typeof href === 'string' && SAFE_LINK.test(href.trim())) {
    return [new ExternalHyperlink({ link: href.trim(), children: textRuns(node.text, { ...style, style: 'Hyperlink' }) })]
  }
  return runs
}

function markStyle(node: RichTextNode): RunStyle {
  const types = new Set((node.marks ?? []).map((m) => m.type))
  return {
    ...(types.has('bold') || types.has('strong') ? { bold: true } : {}),
    ...(types.has('italic') || types.has('em') ? { italics: true } : {}),
    ...(types.has('underline') ? { underline: {} } : {}),
    ...(types.has('strike') ? { strike: true } : {}),
    ...(types.has('superscript') ? { superScript: true } : {}),
    ...(types.has('subscript') ? { subScript: true } : {})
  }
}
