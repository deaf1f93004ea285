import type { RichText, RichTextNode } from '../../shared/domain/primitives'

/**
 * Small builders for the editor's ProseMirror/TipTap JSON, so the example's minutes
 * are stored exactly as the minutes editor will store them (never as HTML).
 */
type Inline = string | RichTextNode

const toInline = (part: Inline): RichTextNode => (typeof part === 'string' ? { type: 'text', text: part } : part)

export const bold = (text: string): RichTextNode => ({ type: 'text', text, marks: [{ type: 'bold' }] })

export const paragraph = (...parts: Inline[]): RichTextNode => ({ type: 'paragraph', content: parts.map(toInline) })

/** A bullet list; each item is one or more paragraphs. */
export const bulletList = (...items: RichTextNode[][]): RichTextNode => ({
  type: 'bulletList',
  content: items.map((paragraphs) => ({ type: 'listItem', content: paragraphs }))
})

export const doc = (...content: RichTextNode[]): RichText => ({ type: 'doc', content })

/** The plain text of a rich-text document, blocks separated by newlines (for summaries and tests). */
export function plainText(node: RichText | RichTextNode): string {
  if ('text' in node && typeof node.text === 'string') return node.text
  const children = node.content ?? []
  const inline = children.every((child) => child.type === 'text' || child.type === 'hardBreak')
  return children.map((child) => (child.type === 'hardBreak' ? '\n' : plainText(child))).join(inline ? '' : '\n')
}
