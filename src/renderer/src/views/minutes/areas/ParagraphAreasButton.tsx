import { ToolbarButton } from '@fluentui/react-components'
import { Tag20Regular } from '@fluentui/react-icons'
import type { Editor } from '@tiptap/react'
import { usePriorityAreas } from '../../../hooks/areas/useAreas'
import { paragraphAreaIds, setParagraphAreas } from '../../../rich-text/area-commands'
import { AreaMenu } from './AreaMenu'
import { AREA_TAG_TEXTS as T } from './texts'

/** "Koppla stycket till område…" in the notes toolbar: the paragraph at the cursor (or every one selected) gets the areas checked. */
export function ParagraphAreasButton({ editor }: { editor: Editor | null }) {
  const areas = usePriorityAreas().data ?? []
  return (
    <AreaMenu
      areas={areas}
      selected={() => (editor ? paragraphAreaIds(editor) : [])}
      onChange={(ids) => editor && setParagraphAreas(editor, ids)}
      onClosed={() => editor?.commands.focus()}
      trigger={<ToolbarButton icon={<Tag20Regular />} disabled={!editor}>{T.paragraph}</ToolbarButton>}
    />
  )
}
