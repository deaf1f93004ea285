import type { Editor } from '@tiptap/core'
import { areaIdsOf } from './area-tags'

/** The areas of the paragraph the cursor is in (the first one of a selection); [] outside a paragraph. */
export function paragraphAreaIds(editor: Editor): string[] {
  const { $from } = editor.state.selection
  for (let depth = $from.depth; depth >= 0; depth--) {
    const node = $from.node(depth)
    if (node.type.name === 'paragraph') return areaIdsOf(node.attrs)
  }
  return []
}

/**
 * "Koppla stycket till område…": the paragraphs of the selection get exactly these areas
 * (none removes the tag). The editor keeps its selection while a menu has focus, so this
 * does not take focus back; the menu gives it back when it closes.
 */
export function setParagraphAreas(editor: Editor, areaIds: readonly string[]): boolean {
  return editor.commands.updateAttributes('paragraph', { areaIds: areaIds.length > 0 ? [...areaIds] : null })
}
