import { useCallback, useState } from 'react'
import type { Settings } from '../../../../shared/domain/settings'
import { ApiError, fieldErrors } from '../../api/client'
import { useNotify } from '../../components/useNotify'
import { useUpdateSettings } from '../../hooks/settings/useSettingsMutations'
import { draftFrom, isSameDraft, toPatch, withText, type FieldPath, type SettingsDraft } from './draft'
import { inSwedish } from './numbers'
import { TEXTS } from './texts'

/**
 * The form's state over the stored settings: a draft she edits, whether it differs
 * from what is stored, and the field errors (the form's own or the API's) keyed by dotted path.
 */
/** The draft, what it started from, and the field errors, with the edits that clear an error. */
function useSettingsDraft(stored: Settings) {
  const [base, setBase] = useState(() => draftFrom(stored))
  const [draft, setDraft] = useState(base)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const setText = useCallback((path: FieldPath, value: string) => {
    setDraft((d) => withText(d, path, value))
    // Her edit answers the complaint; the form and the server check again on the next save.
    setErrors(({ [path]: _gone, ...rest }) => rest)
  }, [])
  const setDocuments = useCallback((documents: Partial<SettingsDraft['documents']>) => {
    setDraft((d) => ({ ...d, documents: { ...d.documents, ...documents } }))
  }, [])
  /** After a save: what is stored is the new starting point. */
  const reset = useCallback((settings: Settings) => {
    const saved = draftFrom(settings)
    setBase(saved)
    setDraft(saved)
    setErrors({})
  }, [])
  return { draft, errors, setErrors, isDirty: !isSameDraft(draft, base), setText, setDocuments, reset }
}

export function useSettingsForm(stored: Settings) {
  const { draft, errors, setErrors, isDirty, setText, setDocuments, reset } = useSettingsDraft(stored)
  // A save stopped in the form before it reached the server, shown in the save bar like a server refusal.
  const [formError, setFormError] = useState<ApiError | null>(null)
  // Counts rejected saves, so the form can move focus to the first bad field after each one.
  const [rejections, setRejections] = useState(0)
  const update = useUpdateSettings()
  const notify = useNotify()

  const reject = useCallback((fields: Record<string, string>) => {
    setErrors(fields)
    setRejections((n) => n + 1)
  }, [setErrors])

  const save = useCallback(() => {
    if (update.isPending) return
    const result = toPatch(draft)
    if (!result.ok) {
      const fields = Object.entries(result.errors).map(([path, message]) => ({ path, message }))
      setFormError(new ApiError('invalidInput', TEXTS.fixFields, fields))
      reject(result.errors)
      return
    }
    setFormError(null)
    update.mutate(result.patch, {
      onSuccess: (settings) => {
        reset(settings)
        notify.success(TEXTS.saved)
      },
      onError: (error) => reject(inSwedish(fieldErrors(error)))
    })
  }, [draft, update, notify, reject, reset])

  return {
    draft,
    errors,
    rejections,
    isDirty,
    isSaving: update.isPending,
    saveError: formError ?? update.error,
    setText,
    setDocuments,
    save
  }
}
