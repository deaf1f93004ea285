import type { Editor } from '@tiptap/react'
import { useEffect } from 'react'
import { useAreaNames } from '../../../hooks/areas/useAreas'
import { showAreaNames } from '../../../rich-text/area-tags'

/** The tagged paragraphs of one item's notes show the names of their areas, and follow a rename. */
export function useAreaMarkers(editor: Editor | null): void {
  const names = useAreaNames()
  useEffect(() => {
    if (editor && !editor.isDestroyed) showAreaNames(editor.view, names)
  }, [editor, names])
}
