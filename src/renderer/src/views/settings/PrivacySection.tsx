import type { FieldPath, SettingsDraft } from './draft'
import { FormSection } from './FormSection'
import { NumberField } from './NumberField'
import { RETENTION_FIELD } from './numbers'
import { TEXTS } from './texts'

interface Props {
  draft: SettingsDraft
  errors: Record<string, string>
  onChange(path: FieldPath, value: string): void
}

/** Personuppgifter: how long dietary needs (health data) are kept after a seminar. */
export function PrivacySection({ draft, errors, onChange }: Props) {
  return (
    <FormSection id="privacy" title={TEXTS.privacy} description={TEXTS.privacyDescription}>
      <NumberField field={RETENTION_FIELD} draft={draft} errors={errors} onChange={onChange} />
    </FormSection>
  )
}
