import { Button, Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components'
import { useState } from 'react'
import type { OrganisationKind } from '../../../../shared/domain/contacts'
import { errorMessage, fieldErrors } from '../../api/client'
import { useNotify } from '../../components/useNotify'
import { useSaveOrganisation } from '../../hooks/contacts/useOrganisationMutations'
import { asSentence } from './contact-draft'
import { OrganisationKindOptions } from './options'
import { ORG_TEXTS } from './texts'

const useStyles = makeStyles({
  form: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'flex-end', flexWrap: 'wrap' }
})

/** The new organisation's name and kind; Lägg till saves it and empties the name for the next. */
function useNewOrganisation() {
  const [name, setName] = useState('')
  const [kind, setKind] = useState<OrganisationKind>('other')
  const [error, setError] = useState<string | undefined>()
  const save = useSaveOrganisation()
  const notify = useNotify()
  const submit = () =>
    save.mutate(
      { name, kind },
      {
        onSuccess: (o) => {
          notify.success(ORG_TEXTS.added(o.name))
          setName('')
          setError(undefined)
        },
        onError: (e) => setError(asSentence(fieldErrors(e).name ?? errorMessage(e)))
      }
    )
  return { name, setName, kind, setKind, error, submit, isPending: save.isPending }
}

/** Lägg till organisation, above the list. */
export function NewOrganisationForm() {
  const styles = useStyles()
  const { name, setName, kind, setKind, error, submit, isPending } = useNewOrganisation()
  return (
    <form
      className={styles.form}
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        submit()
      }}
    >
      <Field label={ORG_TEXTS.name} validationState={error ? 'error' : 'none'} validationMessage={error}>
        <Input value={name} onChange={(_e, d) => setName(d.value)} />
      </Field>
      <Field label={ORG_TEXTS.kind}>
        <Select value={kind} onChange={(_e, d) => setKind(d.value as OrganisationKind)}>
          <OrganisationKindOptions />
        </Select>
      </Field>
      <Button type="submit" disabledFocusable={isPending}>
        {ORG_TEXTS.add}
      </Button>
    </form>
  )
}
