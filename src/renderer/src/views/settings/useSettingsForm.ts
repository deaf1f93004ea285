import { useCallback, useState } from 'react'
import type { Settings } from '../../../../shared/domain/settings'
import { ApiError, fieldErrors } from '../../api/client'
import { useNotify } from '../../components/useNotify'
import { useUpdateSettings } from '../../hooks/useUpdateSettings'
import { draftFrom, isSameDraft, toPatch, withText, type FieldPath, type SettingsDraft } from './draft'
import { inSwedish } from './numbers'
import { TEXTS } from './texts'

/**
 * The form's state over the stored settings: a draft she edits, whether it differs
 * from what is stored, and the field errors (the form's own or the API's) keyed by dotted path.
 */
export function useSettingsForm(stored: Settings) {
  const [base, setBase] = useState(() => draftFrom(stored))
  const [draft, setDraft] = useState(base)
  const [errors, setErrors] = useState<Record<string, string>>({})
  // A save stopped in the form before it reached the server, shown in the save bar like a server refusal.
  const [formError, setFormError] = useState<ApiError | null>(null)
  // Counts rejected saves, so the form can move focus to the first bad field after each one.
  const [rejections, setRejections] = useState(0)
  const update = useUpdateSettings()
  const notify = useNotify()
  const isDirty = !isSameDraft(draft, base)

  const setText = useCallback((path: FieldPath, value: string) => {
    setDraft((d) => withText(d, path, value))
    // Her edit answers the complaint; the form and the server check again on the next save.
    setErrors(({ [path]: _gone, ...rest }) => rest)
  }, [])

  const setDocuments = useCallback((documents: Partial<SettingsDraft['documents']>) => {
    setDraft((d) => ({ ...d, documents: { ...d.documents, ...documents } }))
  }, [])

  const reject = useCallback((fields: Record<string, string>) => {
    setErrors(fields)
    setRejections((n) => n + 1)
  }, [])

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
        const saved = draftFrom(settings)
        setBase(saved)
        setDraft(saved)
        setErrors({})
        notify.success(TEXTS.saved)
      },
      onError: (error) => reject(inSwedish(fieldErrors(error)))
    })
  }, [draft, update, notify, reject])

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
