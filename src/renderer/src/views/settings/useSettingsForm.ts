import { useCallback, useRef, useState } from 'react'
import type { Settings } from '../../../../shared/domain/settings'
import { ApiError, fieldErrors } from '../../api/client'
import { useAutosave } from '../../drafts/useAutosave'
import { useUpdateSettings } from '../../hooks/settings/useSettingsMutations'
import { draftFrom, isSameDraft, savablePatch, withText, type FieldPath, type SettingsDraft } from './draft'
import { inSwedish } from './numbers'
import { TEXTS } from './texts'

type Errors = Record<string, string>

/** The draft she edits, what is stored (as a draft), and the field errors by dotted path. */
function useSettingsDraft(stored: Settings, onEdit: (draft: SettingsDraft) => void) {
  const [base, setBase] = useState(() => draftFrom(stored))
  const [draft, setDraftState] = useState(base)
  const [errors, setErrors] = useState<Errors>({})
  // The latest draft, for edits and saves that happen before React renders again.
  const latest = useRef(draft)
  const edit = useCallback(
    (next: SettingsDraft) => {
      latest.current = next
      setDraftState(next)
      onEdit(next)
    },
    [onEdit]
  )
  const setText = useCallback((path: FieldPath, value: string) => {
    edit(withText(latest.current, path, value))
    // Her edit answers the complaint; the field is checked again when the draft is saved.
    setErrors(({ [path]: _gone, ...rest }) => rest)
  }, [edit])
  const setDocuments = useCallback((documents: Partial<SettingsDraft['documents']>) => {
    edit({ ...latest.current, documents: { ...latest.current.documents, ...documents } })
  }, [edit])
  /** After a save: what is stored is what "unsaved" compares with; her draft stays as typed. */
  const markStored = useCallback((settings: Settings) => setBase(draftFrom(settings)), [])
  return { draft, latest, errors, setErrors, isDirty: !isSameDraft(draft, base), setText, setDocuments, markStored }
}

/**
 * The settings form over useAutosave: every change is saved 800 ms after the last one,
 * the valid fields only (savablePatch), so a half-typed e-mail is never stored and is
 * named next to its field. Ctrl+S saves at once and takes her to the first bad field.
 */
export function useSettingsForm(stored: Settings) {
  const update = useUpdateSettings()
  const lastErrors = useRef<Errors>({})
  const autosave = useAutosave<SettingsDraft>(save)
  const form = useSettingsDraft(stored, autosave.change)
  async function save(draft: SettingsDraft) {
    const { patch, errors } = savablePatch(draft)
    lastErrors.current = inSwedish(errors)
    form.setErrors(lastErrors.current)
    try {
      form.markStored(await update.mutateAsync(patch))
    } catch (error) {
      lastErrors.current = { ...lastErrors.current, ...inSwedish(fieldErrors(error)) }
      form.setErrors(lastErrors.current)
      throw error
    }
    if (Object.keys(errors).length > 0) throw new ApiError('invalidInput', TEXTS.fixFields)
  }
  // Counts explicit saves that left a bad field, so the form can move focus to the first one.
  const [rejections, setRejections] = useState(0)
  const saveNow = async () => {
    autosave.change(form.latest.current)
    await autosave.flush()
    if (Object.keys(lastErrors.current).length > 0) setRejections((n) => n + 1)
  }
  // Leaving saves what can be saved: she is asked only about a field that is not valid, or when nothing can be saved.
  const unsavable = form.isDirty && (autosave.readOnly || Object.keys(form.errors).length > 0 || autosave.state.status === 'failed')
  return { ...form, rejections, unsavable, state: autosave.state, readOnly: autosave.readOnly, saveNow }
}
