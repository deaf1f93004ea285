import { useCallback, useState } from 'react'
import type { Settings } from '../../../../shared/domain/settings'
import { fieldErrors } from '../../api/client'
import { useNotify } from '../../components/useNotify'
import { useUpdateSettings } from '../../hooks/useUpdateSettings'
import { draftFrom, isSameDraft, toPatch, withText, type SettingsDraft, type TextPath } from './draft'
import { TEXTS } from './texts'

/**
 * The form's state over the stored settings: a draft she edits, whether it differs
 * from what is stored, and the API's field errors keyed by the same dotted paths.
 */
export function useSettingsForm(stored: Settings) {
  const [base, setBase] = useState(() => draftFrom(stored))
  const [draft, setDraft] = useState(base)
  const [errors, setErrors] = useState<Record<string, string>>({})
  // Counts rejected saves, so the form can move focus to the first bad field after each one.
  const [rejections, setRejections] = useState(0)
  const update = useUpdateSettings()
  const notify = useNotify()
  const isDirty = !isSameDraft(draft, base)

  const setText = useCallback((path: TextPath, value: string) => {
    setDraft((d) => withText(d, path, value))
    // Her edit answers the complaint; the server checks again on the next save.
    setErrors(({ [path]: _gone, ...rest }) => rest)
  }, [])

  const setDocuments = useCallback((documents: Partial<SettingsDraft['documents']>) => {
    setDraft((d) => ({ ...d, documents: { ...d.documents, ...documents } }))
  }, [])

  const save = useCallback(() => {
    if (update.isPending) return
    update.mutate(toPatch(draft), {
      onSuccess: (settings) => {
        const saved = draftFrom(settings)
        setBase(saved)
        setDraft(saved)
        setErrors({})
        notify.success(TEXTS.saved)
      },
      onError: (error) => {
        setErrors(fieldErrors(error))
        setRejections((n) => n + 1)
      }
    })
  }, [draft, update, notify])

  return { draft, errors, rejections, isDirty, isSaving: update.isPending, saveError: update.error, setText, setDocuments, save }
}
