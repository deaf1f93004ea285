/*
 * The one rich-text vocabulary: exactly the schema of the minutes editor (TipTap 3,
 * StarterKit configured in src/renderer/src/rich-text/extensions.ts; a unit test builds
 * that schema and checks its names equal these). Stored as ProseMirror JSON, never HTML.
 * Every mapper (Word now, e-mail body and search text later) switches over these types
 * exhaustively, so adding one is a type error until each mapper handles it.
 */

export const NODE_TYPES = ['doc', 'paragraph', 'bulletList', 'orderedList', 'listItem', 'hardBreak', 'text'] as const
export const MARK_TYPES = ['bold', 'italic', 'underline', 'link'] as const

export type NodeType = (typeof NODE_TYPES)[number]
export type MarkType = (typeof MARK_TYPES)[number]

export type Mark =
  | { type: 'bold' }
  | { type: 'italic' }
  | { type: 'underline' }
  | { type: 'link'; attrs: { href: string } & Record<string, unknown> }

export interface TextNode {
  type: 'text'
  text: string
  marks?: Mark[]
}

export interface HardBreakNode {
  type: 'hardBreak'
}

export type InlineNode = TextNode | HardBreakNode

/** A paragraph's own attributes: the priority areas it is about (schema v6, issue 16). */
export interface ParagraphAttrs {
  areaIds?: string[]
}

export interface ParagraphNode {
  type: 'paragraph'
  /** Absent on an untagged paragraph; mappers that render text ignore it. */
  attrs?: ParagraphAttrs
  content?: InlineNode[]
}

export interface ListItemNode {
  type: 'listItem'
  content: BlockNode[]
}

export interface BulletListNode {
  type: 'bulletList'
  content: ListItemNode[]
}

export interface OrderedListNode {
  type: 'orderedList'
  attrs?: { start?: number } & Record<string, unknown>
  content: ListItemNode[]
}

export type ListNode = BulletListNode | OrderedListNode
export type BlockNode = ParagraphNode | ListNode

export interface RichText {
  type: 'doc'
  content: BlockNode[]
}

export type RichTextNode = BlockNode | ListItemNode | InlineNode

/** For the `default:` of an exhaustive switch: a new node or mark type fails to compile there. */
export function assertNever(value: never): never {
  throw new Error(`unhandled rich-text type: ${JSON.stringify(value)}`)
}
