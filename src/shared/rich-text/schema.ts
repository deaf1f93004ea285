import { z } from 'zod'
import type { BlockNode, InlineNode, ListItemNode, Mark, RichText } from './types'

/*
 * The zod schemas of the rich-text vocabulary (types.ts). An unknown node or mark type
 * is refused at the boundary with the path of the offending node, e.g.
 * "agenda.0.notes.content.2: okänd typ av innehåll".
 */

const UNKNOWN_NODE = 'okänd typ av innehåll (tillåtna: stycke, punktlista, numrerad lista, radbrytning, text)'
const UNKNOWN_MARK = 'okänd formatering (tillåtna: fet, kursiv, understruken, länk)'

const MarkSchema: z.ZodType<Mark> = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('bold') }),
    z.object({ type: z.literal('italic') }),
    z.object({ type: z.literal('underline') }),
    z.object({ type: z.literal('link'), attrs: z.looseObject({ href: z.string().max(2000) }) })
  ],
  { error: UNKNOWN_MARK }
)

const InlineSchema: z.ZodType<InlineNode> = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('text'), text: z.string().max(200_000), marks: z.array(MarkSchema).max(10).optional() }),
    z.object({ type: z.literal('hardBreak') })
  ],
  { error: UNKNOWN_NODE }
)

const ListItemSchema: z.ZodType<ListItemNode> = z.lazy(() =>
  z.object({ type: z.literal('listItem', { error: 'en lista får bara innehålla listpunkter' }), content: z.array(BlockSchema).max(1000) })
)

const BlockSchema: z.ZodType<BlockNode> = z.lazy(() =>
  z.discriminatedUnion(
    'type',
    [
      z.object({ type: z.literal('paragraph'), content: z.array(InlineSchema).max(10_000).optional() }),
      z.object({ type: z.literal('bulletList'), content: z.array(ListItemSchema).max(1000) }),
      z.object({
        type: z.literal('orderedList'),
        attrs: z.looseObject({ start: z.number().int().min(0).max(100_000).optional() }).optional(),
        content: z.array(ListItemSchema).max(1000)
      })
    ],
    { error: UNKNOWN_NODE }
  )
)

export const RichTextSchema = z.object({
  type: z.literal('doc'),
  content: z.array(BlockSchema).max(10_000).default([])
})

export const emptyRichText = (): RichText => ({ type: 'doc', content: [] })
