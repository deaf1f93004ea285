import { z } from 'zod'
import { withoutJunk } from '../domain/text'
import { cleanHref, HREF_MAX_LENGTH, isSafeHref, UNSAFE_HREF_MESSAGE } from './links'
import { IdSchema } from '../domain/primitives'
import type { BlockNode, InlineNode, ListItemNode, Mark, ParagraphAttrs, RichText } from './types'

/*
 * The zod schemas of the rich-text vocabulary (types.ts). An unknown node or mark type
 * is refused at the boundary with the path of the offending node, e.g.
 * "agenda.0.notes.content.2: okänd typ av innehåll".
 *
 * Text nodes follow the shared text rule (domain/text.ts) without its trim, since a
 * node's spaces join it to the next; a node left empty is dropped, as ProseMirror refuses
 * empty text nodes. Link addresses must be http(s) or mailto (links.ts): the INPUT schema
 * refuses any other, the stored one (which also decodes the data file) drops such a link
 * and keeps its text, so data written before the rule still loads.
 */

const UNKNOWN_NODE = 'okänd typ av innehåll (tillåtna: stycke, punktlista, numrerad lista, radbrytning, text)'
const UNKNOWN_MARK = 'okänd formatering (tillåtna: fet, kursiv, understruken, länk)'
const TEXT_MAX = 200_000

type UnsafeLinks = 'refuse' | 'drop'

const linkAttr = () => z.string().max(200).overwrite((s) => withoutJunk(s).trim()).nullable().optional()

function markSchema(unsafe: UnsafeLinks): z.ZodType<Mark> {
  const href = z.string().max(HREF_MAX_LENGTH * 2, { abort: true }).overwrite(cleanHref)
  return z.discriminatedUnion(
    'type',
    [
      z.object({ type: z.literal('bold') }),
      z.object({ type: z.literal('italic') }),
      z.object({ type: z.literal('underline') }),
      z.object({
        type: z.literal('link'),
        // TipTap's own attributes, each bounded and cleaned; anything else is dropped.
        attrs: z.object({
          href: unsafe === 'refuse' ? href.refine(isSafeHref, UNSAFE_HREF_MESSAGE) : href,
          target: linkAttr(),
          rel: linkAttr(),
          class: linkAttr(),
          title: linkAttr()
        })
      })
    ],
    { error: UNKNOWN_MARK }
  )
}

const isKeptMark = (mark: Mark): boolean => mark.type !== 'link' || isSafeHref(mark.attrs.href)
const isKeptInline = (node: InlineNode): boolean => node.type !== 'text' || node.text !== ''

function inlineSchema(unsafe: UnsafeLinks): z.ZodType<InlineNode> {
  const marks = z.array(markSchema(unsafe)).max(10)
  return z.discriminatedUnion(
    'type',
    [
      z.object({
        type: z.literal('text'),
        text: z.string().max(TEXT_MAX * 2, { abort: true }).overwrite((s) => withoutJunk(s, true)).max(TEXT_MAX),
        marks: (unsafe === 'drop' ? marks.overwrite((list) => list.filter(isKeptMark)) : marks).optional()
      }),
      z.object({ type: z.literal('hardBreak') })
    ],
    { error: UNKNOWN_NODE }
  )
}

/*
 * A paragraph's area tags (issue 16). The editor may write `areaIds: null` or [] on an
 * untagged paragraph (a TipTap attribute's default); that is stored as no attrs at all,
 * so an untagged paragraph reads the same whoever wrote it. Other attributes are dropped.
 */
const paragraphAttrs: z.ZodType<ParagraphAttrs | undefined> = z
  .object({ areaIds: z.array(IdSchema).max(50).nullish() })
  .nullish()
  .transform((attrs) => (attrs?.areaIds?.length ? { areaIds: [...new Set(attrs.areaIds)] } : undefined))

function richTextSchema(unsafe: UnsafeLinks) {
  const inline = inlineSchema(unsafe)
  const listItem: z.ZodType<ListItemNode> = z.lazy(() =>
    z.object({ type: z.literal('listItem', { error: 'en lista får bara innehålla listpunkter' }), content: z.array(block).max(1000) })
  )
  const block: z.ZodType<BlockNode> = z.lazy(() =>
    z.discriminatedUnion(
      'type',
      [
        z.object({
          type: z.literal('paragraph'),
          attrs: paragraphAttrs,
          content: z.array(inline).max(10_000).overwrite((nodes) => nodes.filter(isKeptInline)).optional()
        }),
        z.object({ type: z.literal('bulletList'), content: z.array(listItem).max(1000) }),
        z.object({
          type: z.literal('orderedList'),
          attrs: z.looseObject({ start: z.number().int().min(0).max(100_000).optional() }).optional(),
          content: z.array(listItem).max(1000)
        })
      ],
      { error: UNKNOWN_NODE }
    )
  )
  return z.object({ type: z.literal('doc'), content: z.array(block).max(10_000).default([]) })
}

/** Rich text as stored (domain schemas, the data file): cleaned, unsafe links dropped. */
export const RichTextSchema = richTextSchema('drop')

/** Rich text from the editor through the contract: cleaned, an unsafe link refused with its path. */
export const RichTextInputSchema = richTextSchema('refuse')

export const emptyRichText = (): RichText => ({ type: 'doc', content: [] })
