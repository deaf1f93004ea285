import { Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, Toolbar, ToolbarButton, ToolbarDivider, Tooltip } from '@fluentui/react-components'
import {
  ArrowRedo20Regular,
  ArrowUndo20Regular,
  Attach20Regular,
  TextBold20Regular,
  TextBulletListLtr20Regular,
  TextItalic20Regular,
  TextNumberListLtr20Regular,
  TextUnderline20Regular
} from '@fluentui/react-icons'
import type { Editor } from '@tiptap/react'
import type { ReactElement } from 'react'
import type { MeetingAttachment } from '../../../../shared/domain/meetings'
import { attachmentLine, referenceText } from '../../../../shared/meetings/attachments'
import { ParagraphAreasButton } from './areas/ParagraphAreasButton'
import { TOOLBAR_TEXTS as T } from './texts'

type Action = { label: string; icon: ReactElement; run(editor: Editor): void }

const ACTIONS: Action[] = [
  { label: T.bold, icon: <TextBold20Regular />, run: (e) => e.chain().focus().toggleBold().run() },
  { label: T.italic, icon: <TextItalic20Regular />, run: (e) => e.chain().focus().toggleItalic().run() },
  { label: T.underline, icon: <TextUnderline20Regular />, run: (e) => e.chain().focus().toggleUnderline().run() },
  { label: T.bulletList, icon: <TextBulletListLtr20Regular />, run: (e) => e.chain().focus().toggleBulletList().run() },
  { label: T.orderedList, icon: <TextNumberListLtr20Regular />, run: (e) => e.chain().focus().toggleOrderedList().run() },
  { label: T.undo, icon: <ArrowUndo20Regular />, run: (e) => e.chain().focus().undo().run() },
  { label: T.redo, icon: <ArrowRedo20Regular />, run: (e) => e.chain().focus().redo().run() }
]

/** "Se bilaga N" at the cursor: plain text that the services renumber (shared/meetings/attachments.ts). */
export const insertReference = (editor: Editor, number: number): void => void editor.chain().focus().insertContent(referenceText(number)).run()

interface Props {
  editor: Editor | null
  number: number
  /** The meeting's bilagor for "Hänvisa till bilaga"; absent where the text has none (Rapporter's texts). */
  attachments?: readonly MeetingAttachment[]
  /** The toolbar's name when it is not an agenda item's ("Formatering, inledning"). */
  label?: string
}

/** Formatting and undo/redo; for an item's notes also "Hänvisa till bilaga" and "Koppla stycket till område…"; every button is named. */
export function NotesToolbar({ editor, number, attachments, label }: Props) {
  return (
    <Toolbar aria-label={label ?? T.label(number)} size="small">
      {ACTIONS.map((a) => (
        <Tooltip key={a.label} content={a.label} relationship="label">
          <ToolbarButton icon={a.icon} onClick={() => editor && a.run(editor)} />
        </Tooltip>
      ))}
      {attachments ? <ItemMenus editor={editor} attachments={attachments} /> : null}
    </Toolbar>
  )
}

/** What only an agenda item's notes have: its bilagor to refer to, and paragraph tags for the Lägesbild. */
function ItemMenus({ editor, attachments }: { editor: Editor | null; attachments: readonly MeetingAttachment[] }) {
  return (
    <>
      <ToolbarDivider />
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <ToolbarButton icon={<Attach20Regular />}>{T.reference}</ToolbarButton>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            {attachments.length === 0 ? <MenuItem disabled>{T.noAttachments}</MenuItem> : null}
            {[...attachments].sort((a, b) => a.number - b.number).map((a) => (
              <MenuItem key={a.id} onClick={() => editor && insertReference(editor, a.number)}>
                {attachmentLine(a)}
              </MenuItem>
            ))}
          </MenuList>
        </MenuPopover>
      </Menu>
      <ToolbarDivider />
      <ParagraphAreasButton editor={editor} />
    </>
  )
}
