import { Label, makeStyles, Text, tokens } from '@fluentui/react-components'
import { EditorContent } from '@tiptap/react'
import { useId, useRef } from 'react'
import type { RichText } from '../../../../shared/rich-text'
import { autosaveText } from '../../drafts/autosave'
import { useAutosave } from '../../drafts/useAutosave'
import { NotesToolbar } from '../minutes/NotesToolbar'
import { useNotesEditor } from '../minutes/useNotesEditor'
import { REPORT_TEXTS as T } from './texts'

const useStyles = makeStyles({
  field: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  notes: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    '& .tiptap': { minHeight: '5rem', padding: tokens.spacingHorizontalM, outlineStyle: 'none' },
    ':focus-within': { outline: `2px solid ${tokens.colorBrandStroke1}` }
  },
  status: { color: tokens.colorNeutralForeground3, minHeight: '1.2em' }
})

interface Props {
  label: string
  value: RichText
  save(value: RichText): Promise<unknown>
  testId: string
}

/** A text she writes for a yearly document, in the minutes' editor (same vocabulary, same toolbar), saved by itself. */
export function RichTextField({ label, value, save, testId }: Props) {
  const styles = useStyles()
  const labelId = useId()
  const autosave = useAutosave<() => RichText>((read) => save(read()))
  const pending = useRef(false)
  pending.current = autosave.state.status === 'dirty' || autosave.state.status === 'saving'
  const editor = useNotesEditor({ notes: value, label, readOnly: autosave.readOnly, onChange: autosave.change, hasUnsaved: () => pending.current })
  return (
    <div className={styles.field} data-testid={testId}>
      <Label id={labelId} weight="semibold">{label}</Label>
      {autosave.readOnly ? null : <NotesToolbar editor={editor} number={0} label={T.toolbar(label)} />}
      <div className={styles.notes}><EditorContent editor={editor} /></div>
      <Text size={200} className={styles.status} role="status">{autosaveText(autosave.state)}</Text>
    </div>
  )
}
