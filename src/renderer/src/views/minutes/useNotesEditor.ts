import { useEditor, type Editor } from '@tiptap/react'
import { useEffect, useRef } from 'react'
import type { RichText } from '../../../../shared/rich-text'
import { withoutEmptyAreaTags } from '../../rich-text/area-tags'
import { MINUTES_EXTENSIONS } from '../../rich-text/extensions'

interface Options {
  notes: RichText
  label: string
  readOnly: boolean
  /** Called on every edit with a reader, so the JSON is built when the save runs, not per keystroke. */
  onChange(read: () => RichText): void
  /** True while her edits are not stored yet: then newer text from the store must not replace them. */
  hasUnsaved(): boolean
}

/** The notes as stored: untagged paragraphs without TipTap's empty `areaIds`. */
export const asRichText = (editor: Editor): RichText => withoutEmptyAreaTags(editor.getJSON()) as RichText

/**
 * Ctrl+Shift+B and Ctrl+Shift+U are Beslut and Uppdrag (commands/registry.ts); StarterKit
 * also binds them (Mod-B, Mod-U) to bold and underline, which would format what she types
 * next. Taken here, they only reach the command dispatcher.
 */
const isItemShortcut = (e: KeyboardEvent): boolean => (e.ctrlKey || e.metaKey) && e.shiftKey && !e.altKey && ['b', 'u'].includes(e.key.toLowerCase())

/**
 * One item's notes in TipTap, with exactly the shared vocabulary (MINUTES_EXTENSIONS,
 * which also normalises Word and Outlook paste). The editor owns the text while she
 * types; notes that change in the store without her (attachments renumbered, the item
 * reloaded after a conflict) replace it only when nothing of hers is waiting to be saved.
 */
export function useNotesEditor({ notes, label, readOnly, onChange, hasUnsaved }: Options): Editor | null {
  const latestChange = useRef(onChange)
  latestChange.current = onChange
  const editor = useEditor({
    extensions: MINUTES_EXTENSIONS,
    content: notes,
    editable: !readOnly,
    shouldRerenderOnTransaction: false,
    editorProps: {
      handleKeyDown: (_view, event) => isItemShortcut(event),
      attributes: { 'aria-label': label, 'aria-multiline': 'true', role: 'textbox', spellcheck: 'true', lang: 'sv', 'data-testid': 'notes-editor' }
    },
    onUpdate: ({ editor: e }) => latestChange.current(() => asRichText(e))
  })
  useEffect(() => {
    if (!editor || editor.isDestroyed || hasUnsaved()) return
    if (JSON.stringify(asRichText(editor)) === JSON.stringify(notes)) return
    editor.commands.setContent(notes, { emitUpdate: false })
    // Only a change in the stored notes may replace hers, so hasUnsaved is read, not a dependency.
  }, [editor, notes])
  useEffect(() => {
    if (editor && !editor.isDestroyed) editor.setEditable(!readOnly, false)
  }, [editor, readOnly])
  useEffect(() => {
    if (editor && !editor.isDestroyed) editor.setOptions({ editorProps: { attributes: { ...editor.options.editorProps.attributes, 'aria-label': label } } })
  }, [editor, label])
  return editor
}
