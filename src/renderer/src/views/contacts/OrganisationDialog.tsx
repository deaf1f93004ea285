import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  Textarea,
  tokens
} from '@fluentui/react-components'
import { useState } from 'react'
import { ORGANISATION_DETAILS, type OrganisationDetail } from '../../../../shared/contract/contacts'
import type { Organisation, OrganisationKind } from '../../../../shared/domain/contacts'
import { errorMessage, fieldErrors } from '../../api/client'
import { useNotify } from '../../components/useNotify'
import {
  useDeleteEmptyOrganisation,
  useMergeOrganisations,
  useSaveOrganisationDetails
} from '../../hooks/contacts/useOrganisationMutations'
import { asSentence } from './contact-draft'
import { OrganisationKindOptions } from './options'
import { ORG_TEXTS } from './texts'

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  merge: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'flex-end', flexWrap: 'wrap' },
  section: { marginTop: tokens.spacingVerticalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS }
})

interface Props {
  organisation: Organisation
  others: Organisation[]
  people: number
  /** `gone`: merged away or deleted, so the row that opened the dialog is no more. */
  onClose(gone?: boolean): void
}

type Draft = { name: string; kind: OrganisationKind } & Record<OrganisationDetail, string>

const draftOf = (o: Organisation): Draft => ({
  name: o.name,
  kind: o.kind,
  ...(Object.fromEntries(ORGANISATION_DETAILS.map((f) => [f, o[f] ?? ''])) as Record<OrganisationDetail, string>)
})

/** One organisation: details and rename (Spara), merge into another, delete when nobody belongs to it. */
export function OrganisationDialog({ organisation, others, people, onClose }: Props) {
  const styles = useStyles()
  const notify = useNotify()
  const [draft, setDraft] = useState<Draft>(() => draftOf(organisation))
  const [intoId, setIntoId] = useState('')
  const save = useSaveOrganisationDetails()
  const merge = useMergeOrganisations()
  const remove = useDeleteEmptyOrganisation()
  const errors = save.error ? fieldErrors(save.error) : {}
  const failure = [merge.error, remove.error, save.error && Object.keys(errors).length === 0 ? save.error : null].find(Boolean)
  // Toasts wait for the dialog to go: one created under a modal stays hidden from screen readers.
  const done = (message: string, gone = false) => {
    onClose(gone)
    setTimeout(() => notify.success(message), 0)
  }
  const field = (f: OrganisationDetail | 'name') => ({
    label: ORG_TEXTS.fields[f],
    validationState: errors[f] ? ('error' as const) : ('none' as const),
    validationMessage: errors[f] ? asSentence(errors[f]) : undefined
  })
  const set = (f: keyof Draft) => (_e: unknown, d: { value: string }) => setDraft({ ...draft, [f]: d.value })
  const into = others.find((o) => o.id === intoId)
  return (
    <Dialog open onOpenChange={(_e, data) => !data.open && onClose()}>
      <DialogSurface>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault()
            save.mutate({ id: organisation.id, ...draft }, { onSuccess: (o) => done(ORG_TEXTS.saved(o.name)) })
          }}
        >
          <DialogBody>
            <DialogTitle>{`${ORG_TEXTS.dialogTitle}: ${organisation.name}`}</DialogTitle>
            <DialogContent className={styles.form}>
              <Field {...field('name')} required>
                <Input value={draft.name} onChange={set('name')} />
              </Field>
              <Field label={ORG_TEXTS.kind}>
                <Select value={draft.kind} onChange={set('kind')}>
                  <OrganisationKindOptions />
                </Select>
              </Field>
              {(['address', 'phone', 'email', 'web'] as const).map((f) => (
                <Field key={f} {...field(f)}>
                  <Input value={draft[f]} onChange={set(f)} type={f === 'email' ? 'email' : f === 'phone' ? 'tel' : 'text'} />
                </Field>
              ))}
              <Field {...field('notes')}>
                <Textarea value={draft.notes} onChange={set('notes')} resize="vertical" />
              </Field>
              {failure ? (
                <MessageBar intent="error" data-testid="organisation-error">
                  <MessageBarBody>{errorMessage(failure)}</MessageBarBody>
                </MessageBar>
              ) : null}
              <section className={styles.section} aria-labelledby="organisation-merge-heading">
                <Text as="h3" id="organisation-merge-heading" weight="semibold">
                  {ORG_TEXTS.mergeHeading}
                </Text>
                <div className={styles.merge}>
                  <Field label={ORG_TEXTS.mergeInto} hint={into ? ORG_TEXTS.mergeHint(organisation.name, people) : undefined}>
                    <Select value={intoId} onChange={(_e, d) => setIntoId(d.value)}>
                      <option value="">{ORG_TEXTS.mergeNone}</option>
                      {others.map((o) => (
                        <option key={o.id} value={o.id}>
                          {o.name}
                        </option>
                      ))}
                    </Select>
                  </Field>
                  <Button
                    disabledFocusable={!into || merge.isPending}
                    onClick={() =>
                      into &&
                      merge.mutate(
                        { fromId: organisation.id, intoId: into.id },
                        { onSuccess: (r) => done(ORG_TEXTS.merged(organisation.name, into.name, r.movedContacts), true) }
                      )
                    }
                  >
                    {ORG_TEXTS.merge}
                  </Button>
                </div>
              </section>
            </DialogContent>
            <DialogActions fluid>
              <Button
                onClick={() => remove.mutate(organisation.id, { onSuccess: () => done(ORG_TEXTS.removed(organisation.name), true) })}
                disabledFocusable={remove.isPending}
              >
                {ORG_TEXTS.remove}
              </Button>
              <Button appearance="primary" type="submit" disabledFocusable={save.isPending}>
                {ORG_TEXTS.save}
              </Button>
              <Button onClick={() => onClose()}>{ORG_TEXTS.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  )
}
