import { Extension, type JSONContent } from '@tiptap/core'
import type { Node as PmNode } from '@tiptap/pm/model'
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state'
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view'

/*
 * Paragraph-level tags (issue 16): a paragraph of the notes may carry `attrs.areaIds`, the
 * priority areas it talks about, which the Lägesbild timeline quotes. The attribute is
 * global (no new node type, so the shared vocabulary stays as it is), written to the DOM as
 * data-area-ids, and shown by a decoration that names the areas (data-area-names), so she
 * sees which paragraphs are tagged without the names being stored in the text.
 */

type Names = ReadonlyMap<string, string>

interface TagState {
  names: Names
  decorations: DecorationSet
}

export const areaTagsKey = new PluginKey<TagState>('samverkanAreaTags')

/** The ids on a paragraph, whatever TipTap holds (null for an untagged one). */
export const areaIdsOf = (attrs: Record<string, unknown> | undefined | null): string[] =>
  Array.isArray(attrs?.areaIds) ? attrs.areaIds.filter((id): id is string => typeof id === 'string') : []

const readIds = (text: string | null): string[] | null => {
  const ids = (text ?? '').split(/\s+/).filter(Boolean)
  return ids.length > 0 ? ids : null
}

function decorate(doc: PmNode, names: Names): DecorationSet {
  const found: Decoration[] = []
  doc.descendants((node, pos) => {
    if (node.type.name !== 'paragraph') return true
    const ids = areaIdsOf(node.attrs)
    if (ids.length > 0) {
      const shown = ids.map((id) => names.get(id) ?? '').filter(Boolean).join(', ')
      found.push(Decoration.node(pos, pos + node.nodeSize, { 'data-area-names': shown || '…', class: 'area-tagged' }))
    }
    return false
  })
  return DecorationSet.create(doc, found)
}

function areaTagsPlugin(): Plugin<TagState> {
  return new Plugin<TagState>({
    key: areaTagsKey,
    state: {
      init: (_config, state) => ({ names: new Map(), decorations: decorate(state.doc, new Map()) }),
      apply: (tr, old) => {
        const names = (tr.getMeta(areaTagsKey) as Names | undefined) ?? old.names
        if (!tr.docChanged && names === old.names) return old
        return { names, decorations: decorate(tr.doc, names) }
      }
    },
    props: { decorations: (state: EditorState) => areaTagsKey.getState(state)?.decorations }
  })
}

/** The names the markers show; called when the areas are known or change. */
export function showAreaNames(view: EditorView, names: Names): void {
  view.dispatch(view.state.tr.setMeta(areaTagsKey, names).setMeta('addToHistory', false))
}

/** Adds `areaIds` to every paragraph; Enter does not copy the tags into the next paragraph. */
export const AreaTags = Extension.create({
  name: 'samverkanAreaTags',
  addGlobalAttributes: () => [
    {
      types: ['paragraph'],
      attributes: {
        areaIds: {
          default: null,
          keepOnSplit: false,
          parseHTML: (element) => readIds(element.getAttribute('data-area-ids')),
          renderHTML: (attrs) => {
            const ids = areaIdsOf(attrs)
            return ids.length > 0 ? { 'data-area-ids': ids.join(' ') } : {}
          }
        }
      }
    }
  ],
  addProseMirrorPlugins: () => [areaTagsPlugin()]
})

/**
 * TipTap writes `attrs: { areaIds: null }` on every paragraph; the stored notes keep attrs
 * only on a tagged one, so untagged notes stay exactly what they were before tagging existed.
 */
export function withoutEmptyAreaTags(node: JSONContent): JSONContent {
  const { attrs, content, ...rest } = node
  const out: JSONContent = { ...rest }
  if (attrs) {
    const kept = node.type === 'paragraph' && areaIdsOf(attrs).length === 0 ? Object.fromEntries(Object.entries(attrs).filter(([k]) => k !== 'areaIds')) : attrs
    if (Object.keys(kept).length > 0) out.attrs = kept
  }
  if (content) out.content = content.map(withoutEmptyAreaTags)
  return out
}
