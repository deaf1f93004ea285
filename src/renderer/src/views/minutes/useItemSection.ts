import type { Editor } from '@tiptap/react'
import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import type { Decision } from '../../../../shared/domain/areas'
import { hasVisibleText } from '../../../../shared/domain/text'
import { meetingKeys } from '../../hooks/meetings/keys'
import { useActiveItem } from './active-item'
import { useAreaMarkers } from './areas/useAreaMarkers'
import { useItemAutosave } from './useItemAutosave'
import { asRichText, useNotesEditor } from './useNotesEditor'
import { EDITOR_TEXTS } from './texts'
import type { SectionModel } from './view-model'

const selectedText = (editor: Editor | null): string => {
  if (!editor) return ''
  const { from, to } = editor.state.selection
  return editor.state.doc.textBetween(from, to, ' ').trim()
}

/**
 * One item's editing state: the notes editor, its decisions, autosave of both together,
 * and the handle the shortcuts use (Ctrl+Shift+B takes the selected words as the decision,
 * Ctrl+Shift+U as the assignment's text).
 */
export function useItemSection(meetingId: string, section: SectionModel, readOnly: boolean) {
  const client = useQueryClient()
  const save = useItemAutosave(meetingId, section)
  const [decisions, setDecisions] = useState(section.decisions)
  const latestDecisions = useRef(decisions)
  latestDecisions.current = decisions
  const [assignmentText, setAssignmentText] = useState<string | null>(null)
  const root = useRef<HTMLElement | null>(null)
  const editor = useNotesEditor({
    notes: section.notes,
    label: EDITOR_TEXTS.notesLabel(section.number),
    readOnly: readOnly || save.conflict !== null,
    hasUnsaved: save.hasUnsaved,
    onChange: (read) => save.change(() => ({ notes: read(), decisions: latestDecisions.current }))
  })
  useAreaMarkers(editor)
  useEffect(() => {
    // Decisions changed in the store without her (renumbered references, a reload) are taken when none of hers wait.
    if (!save.hasUnsaved() && JSON.stringify(section.decisions) !== JSON.stringify(latestDecisions.current.filter((d) => hasVisibleText(d.text)))) setDecisions(section.decisions)
  }, [section.decisions])
  const readNotes = () => (editor ? asRichText(editor) : section.notes)
  const changeDecisions = (next: Decision[]) => {
    setDecisions(next)
    latestDecisions.current = next
    save.change(() => ({ notes: readNotes(), decisions: next }))
  }
  const addDecision = () => {
    if (readOnly) return
    changeDecisions([...latestDecisions.current, { id: crypto.randomUUID(), text: selectedText(editor), areaIds: [] }])
    requestAnimationFrame(() => root.current?.querySelector<HTMLElement>(`[data-decision-index="${latestDecisions.current.length - 1}"]`)?.focus())
  }
  const addAssignment = () => !readOnly && setAssignmentText(selectedText(editor))
  const active = useActiveItem()
  const onFocus = () => active.set({ itemId: section.itemId, addDecision, addAssignment })
  const reload = () => save.reload(() => client.invalidateQueries({ queryKey: meetingKeys.detail(meetingId) }))
  return { save, editor, decisions, changeDecisions, addDecision, addAssignment, assignmentText, closeAssignment: () => setAssignmentText(null), root, onFocus, reload }
}
