import { Combobox, Field, Option, Select } from '@fluentui/react-components'
import { useMemo } from 'react'
import { ORGANISATION_KIND_LABELS } from '../../../../shared/contacts/labels'
import { foldForSearch } from '../../../../shared/contacts/normalise'
import { sortOrganisations } from '../../../../shared/contacts/search'
import type { Register } from '../../../../shared/contract/contacts'
import type { OrganisationKind } from '../../../../shared/domain/contacts'
import { findOrganisation } from './contact-draft'
import { TEXTS } from './texts'
import { OrganisationKindOptions } from './options'
import { chosenOnPurpose } from '../../components/freeform'

const NEW = '__new__'
const MAX_OPTIONS = 50

interface Props {
  register: Register
  value: string
  kind: OrganisationKind
  error?: string
  onChange(value: string): void
  onKindChange(kind: OrganisationKind): void
  onBlur(): void
}

/**
 * Organisation: picked from the register, or typed; a name not in the register creates
 * the organisation on save, with the kind she chooses below the field.
 */
export function OrganisationField({ register, value, kind, error, onChange, onKindChange, onBlur }: Props) {
  const typed = value.trim()
  const isNew = typed !== '' && !findOrganisation(register, typed)
  return (
    <>
      <Field
        label={TEXTS.form.organisation}
        hint={TEXTS.form.organisationHint}
        validationState={error ? 'error' : 'none'}
        validationMessage={error}
      >
        <OrganisationCombobox register={register} value={value} isNew={isNew} onChange={onChange} onBlur={onBlur} />
      </Field>
      {isNew && (
        <Field label={TEXTS.form.newOrganisationKind}>
          <Select value={kind} onChange={(_e, d) => onKindChange(d.value as OrganisationKind)}>
            <OrganisationKindOptions />
          </Select>
        </Field>
      )}
    </>
  )
}

type ComboboxProps = Pick<Props, 'register' | 'value' | 'onChange' | 'onBlur'> & { isNew: boolean }

/** The register's organisations matching what she typed (at most 50), and "Skapa ny organisation …" for a new name. */
function OrganisationCombobox({ register, value, isNew, onChange, onBlur }: ComboboxProps) {
  const sorted = useMemo(() => sortOrganisations(register.organisations), [register.organisations])
  const typed = value.trim()
  const needle = foldForSearch(typed)
  const matches = sorted.filter((o) => foldForSearch(o.name).includes(needle)).slice(0, MAX_OPTIONS)
  return (
    <Combobox
      freeform
      value={value}
      selectedOptions={isNew || typed === '' ? [] : [typed]}
      onChange={(event) => onChange(event.target.value)}
      onOptionSelect={(e, data) => chosenOnPurpose(e) && onChange(data.optionValue === NEW ? typed : (data.optionText ?? ''))}
      onBlur={onBlur}
      expandIcon={{ 'aria-label': 'Visa organisationer' }}
    >
      {matches.map((o) => (
        <Option key={o.id} value={o.name} text={o.name}>
          {`${o.name} (${ORGANISATION_KIND_LABELS[o.kind]})`}
        </Option>
      ))}
      {isNew && (
        <Option value={NEW} text={typed}>
          {TEXTS.form.createOrganisation(typed)}
        </Option>
      )}
    </Combobox>
  )
}
