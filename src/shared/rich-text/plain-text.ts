import { assertNever, type BlockNode, type InlineNode, type ListItemNode, type RichText } from './types'

function inline(node: InlineNode): string {
  switch (node.type) {
    case 'text':
      return node.text
    case 'hardBreak':
      return '\n'
    default:
      return assertNever(node)
  }
}

function block(node: BlockNode | ListItemNode): string {
  switch (node.type) {
    case 'paragraph':
      return (node.content ?? []).map(inline).join('')
    case 'bulletList':
    case 'orderedList':
    case 'listItem':
      return node.content.map(block).join('\n')
    default:
      return assertNever(node)
  }
}

/** The plain text of a rich-text document, one line per paragraph (summaries, search, tests). */
export const plainText = (doc: RichText): string => doc.content.map(block).join('\n')
