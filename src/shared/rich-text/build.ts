import type { BulletListNode, InlineNode, Mark, ParagraphNode, RichText, TextNode, BlockNode, OrderedListNode } from './types'

/** Builders for rich text as the editor stores it (the example data and tests use them). */

type Inline = string | InlineNode

const toInline = (part: Inline): InlineNode => (typeof part === 'string' ? { type: 'text', text: part } : part)

export const text = (value: string, ...marks: Mark[]): TextNode => (marks.length ? { type: 'text', text: value, marks } : { type: 'text', text: value })

export const bold = (value: string): TextNode => text(value, { type: 'bold' })

export const italic = (value: string): TextNode => text(value, { type: 'italic' })

export const link = (value: string, href: string): TextNode => text(value, { type: 'link', attrs: { href } })

export const hardBreak = (): InlineNode => ({ type: 'hardBreak' })

export const paragraph = (...parts: Inline[]): ParagraphNode => ({ type: 'paragraph', content: parts.map(toInline) })

/** A bullet list; each item is one or more blocks (paragraphs, nested lists). */
export const bulletList = (...items: BlockNode[][]): BulletListNode => ({
  type: 'bulletList',
  content: items.map((blocks) => ({ type: 'listItem', content: blocks }))
})

export const orderedList = (...items: BlockNode[][]): OrderedListNode => ({
  type: 'orderedList',
  content: items.map((blocks) => ({ type: 'listItem', content: blocks }))
})

export const doc = (...content: BlockNode[]): RichText => ({ type: 'doc', content })
