import { Checkbox, Field, Input, makeStyles, Textarea, tokens } from '@fluentui/react-components'
import { sortGroups } from '../../../../shared/contacts/search'
import type { Register } from '../../../../shared/contract/contacts'
import type { DraftField } from './contact-draft'
import { OrganisationField } from './OrganisationField'
import { TEXTS } from './texts'
import type { useContactForm } from './useContactForm'

const useStyles = makeStyles({
  pair: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingHorizontalM, alignItems: 'start' },
  groups: { border: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalL },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: tokens.spacingVerticalXS }
})

interface Props {
  form: ReturnType<typeof useContactForm>
  register: Register
}

/** The contact form's fields; each is checked when she leaves it, with the service's own schema. */
export function ContactFields({ form, register }: Props) {
  const styles = useStyles()
  const { draft, errors, set, check } = form
  const fieldProps = (field: DraftField) => ({
    validationState: errors[field] ? ('error' as const) : ('none' as const),
    validationMessage: errors[field]
  })
  return (
    <>
      <Field label={TEXTS.form.name} required {...fieldProps('name')}>
        <Input value={draft.name} onChange={(_e, d) => set('name', d.value)} onBlur={() => check('name')} autoFocus />
      </Field>
      <Field label={TEXTS.form.title} {...fieldProps('title')}>
        <Input value={draft.title} onChange={(_e, d) => set('title', d.value)} onBlur={() => check('title')} />
      </Field>
      <OrganisationField
        register={register}
        value={draft.organisation}
        kind={draft.organisationKind}
        error={errors.organisation}
        onChange={(v) => set('organisation', v)}
        onKindChange={(k) => set('organisationKind', k)}
        onBlur={() => check('organisation')}
      />
      <div className={styles.pair}>
        <Field label={TEXTS.form.email} {...fieldProps('email')}>
          <Input type="email" value={draft.email} onChange={(_e, d) => set('email', d.value)} onBlur={() => check('email')} />
        </Field>
        <Field label={TEXTS.form.phone} hint={TEXTS.form.phoneHint} {...fieldProps('phone')}>
          <Input type="tel" value={draft.phone} onChange={(_e, d) => set('phone', d.value)} onBlur={() => check('phone')} />
        </Field>
      </div>
      <GroupChoices form={form} register={register} />
      <Field label={TEXTS.form.notes} {...fieldProps('notes')}>
        <Textarea value={draft.notes} onChange={(_e, d) => set('notes', d.value)} resize="vertical" rows={3} />
      </Field>
    </>
  )
}

/** A checkbox per group, in the register's group order. */
function GroupChoices({ form: { draft, set }, register }: Props) {
  const styles = useStyles()
  const toggleGroup = (id: string, on: boolean) =>
    set('groupIds', on ? [...draft.groupIds, id] : draft.groupIds.filter((g) => g !== id))
  return (
    <fieldset className={styles.groups}>
      <legend className={styles.legend}>{TEXTS.form.groups}</legend>
      {sortGroups(register.groups).map((g) => (
        <Checkbox key={g.id} label={g.name} checked={draft.groupIds.includes(g.id)} onChange={(_e, d) => toggleGroup(g.id, d.checked === true)} />
      ))}
    </fieldset>
  )
}
