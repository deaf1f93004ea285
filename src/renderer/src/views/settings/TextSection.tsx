import { Field, Input } from '@fluentui/react-components'
import { readText, type SettingsDraft, type TextPath } from './draft'
import { FormSection } from './FormSection'
import type { TextSectionDef } from './texts'

interface Props {
  section: TextSectionDef
  draft: SettingsDraft
  errors: Record<string, string>
  onChange(path: TextPath, value: string): void
}

/** A section of labelled text fields; an API error for a field is shown under that field. */
export function TextSection({ section, draft, errors, onChange }: Props) {
  return (
    <FormSection id={section.id} title={section.title} description={section.description}>
      {section.fields.map((field) => {
        const error = errors[field.path]
        return (
          <Field
            key={field.path}
            label={field.label}
            hint={field.hint}
            validationState={error ? 'error' : 'none'}
            validationMessage={error ? capitalise(error) : undefined}
          >
            <Input
              name={field.path}
              type={field.type ?? 'text'}
              autoComplete={field.autoComplete ?? 'off'}
              value={readText(draft, field.path)}
              onChange={(_e, data) => onChange(field.path, data.value)}
            />
          </Field>
        )
      })}
    </FormSection>
  )
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1) + (s.endsWith('.') ? '' : '.')
