import { Field, Input } from '@fluentui/react-components'

interface Props {
  label: string
  value: string
  error: string | undefined
  /** Shown under the field while it has no error: how the app reads what she typed. */
  hint?: string
  placeholder?: string
  readOnly: boolean
  className?: string
  testId?: string
  onChange(value: string): void
}

/** A labelled text field of the meeting form, with its field error or reading hint under it. */
export function TypedField({ label, value, error, hint, placeholder, readOnly, className, testId, onChange }: Props) {
  return (
    <Field label={label} validationMessage={error} hint={error ? undefined : hint} className={className}>
      <Input value={value} placeholder={placeholder} readOnly={readOnly} data-testid={testId} onChange={(_e, d) => onChange(d.value)} />
    </Field>
  )
}
