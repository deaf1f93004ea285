import { ExternalHyperlink, Paragraph, TextRun, type ParagraphChild } from 'docx'
import { assertNever, cleanHref, isSafeHref, type BlockNode, type InlineNode, type ListNode, type Mark, type RichText } from '../../shared/rich-text'
import { NUMBERING } from './frame/numbering'
import { textRuns, type RunStyle } from './frame/runs'

/**
 * The editor's rich text (src/shared/rich-text) mapped to real Word formatting: lists use
 * Word numbering (w:numPr), never typed "•" or "1."; bold, italic and underline are run
 * properties; links are hyperlinks. Paragraphs with no visible text are dropped, since
 * spacing lives in the styles. Every switch is exhaustive over the closed vocabulary.
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

export function richTextParagraphs(doc: RichText, counter: ListCounter): Paragraph[] {
  return blocks(doc.content, { counter, depth: 0 })
}

function blocks(nodes: BlockNode[], place: Place): Paragraph[] {
  return nodes.flatMap((node) => block(node, place))
}

function block(node: BlockNode, place: Place): Paragraph[] {
  switch (node.type) {
    case 'paragraph':
      return paragraphOf(node.content ?? [], place)
    case 'bulletList':
    case 'orderedList':
      return list(node, place)
    default:
      return assertNever(node)
  }
}

function paragraphOf(content: InlineNode[], place: Place): Paragraph[] {
  if (!content.some((n) => n.type === 'text' && n.text.trim() !== '')) return []
  return [
    new Paragraph({
      children: content.flatMap(inline),
      numbering: place.numbering,
      indent: !place.numbering && place.indentLeft ? { left: place.indentLeft } : undefined
    })
  ]
}

function list(node: ListNode, place: Place): Paragraph[] {
  const level = Math.min(place.depth, MAX_DEPTH)
  const numbering =
    node.type === 'orderedList'
      ? { reference: NUMBERING.ordered, level, instance: place.counter.next() }
      : { reference: NUMBERING.bullet, level }
  const itemIndent = 567 * (level + 1)
  return node.content.flatMap((item) => {
    let isFirst = true
    return item.content.flatMap((child) => {
      const isNested = child.type !== 'paragraph'
      const childPlace: Place = isNested
        ? { counter: place.counter, depth: place.depth + 1 }
        : { counter: place.counter, depth: place.depth, numbering: isFirst ? numbering : undefined, indentLeft: itemIndent }
      const out = block(child, childPlace)
      if (!isNested && out.length > 0) isFirst = false
      return out
    })
  })
}

function inline(node: InlineNode): ParagraphChild[] {
  switch (node.type) {
    case 'hardBreak':
      return [new TextRun({ break: 1 })]
    case 'text':
      return textOf(node.text, node.marks ?? [])
    default:
      return assertNever(node)
  }
}

function textOf(text: string, marks: Mark[]): ParagraphChild[] {
  const style = marks.reduce<RunStyle>((s, mark) => ({ ...s, ...markStyle(mark) }), {})
  const rawHref = marks.find((m) => m.type === 'link')?.attrs.href
  // Notes reach the builder parsed, but the builder does not rely on it: the same rule again.
  const href = rawHref === undefined ? null : cleanHref(rawHref)
  if (href && isSafeHref(href)) {
    return [new ExternalHyperlink({ link: href, children: textRuns(text, { ...style, style: 'Hyperlink' }) })]
  }
  return textRuns(text, style)
}

function markStyle(mark: Mark): RunStyle {
  switch (mark.type) {
    case 'bold':
      return { bold: true }
    case 'italic':
      return { italics: true }
    case 'underline':
      return { underline: {} }
    case 'link':
      // The hyperlink itself is made in textOf; an unsafe address stays plain text.
      return {}
    default:
      return assertNever(mark)
  }
}
