import { Field, Input } from '@fluentui/react-components'
import { readText, type FieldPath, type SettingsDraft } from './draft'
import type { NumberFieldDef } from './numbers'

interface Props {
  field: NumberFieldDef
  draft: SettingsDraft
  errors: Record<string, string>
  onChange(path: FieldPath, value: string): void
}

/** A labelled number input within the schema's limits, read and shown with a decimal comma; its error is shown under it. */
export function NumberField({ field, draft, errors, onChange }: Props) {
  const error = errors[field.path]
  return (
    <Field
      label={field.label}
      hint={field.hint}
      validationState={error ? 'error' : 'none'}
      validationMessage={error}
    >
      <Input
        name={field.path}
        // Text, not type="number": Chromium's number input drops or misreads a decimal comma ("2,5" became 35).
        type="text"
        inputMode={field.integer ? 'numeric' : 'decimal'}
        value={readText(draft, field.path)}
        onChange={(_e, data) => onChange(field.path, data.value)}
      />
    </Field>
  )
}
