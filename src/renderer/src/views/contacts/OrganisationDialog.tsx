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
import type { Organisation } from '../../../../shared/domain/contacts'
import { errorMessage } from '../../api/client'
import { OrganisationKindOptions } from './options'
import { ORG_TEXTS } from './texts'
import { useOrganisationDialog } from './useOrganisationDialog'

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

type DialogState = ReturnType<typeof useOrganisationDialog>

/** One organisation: details and rename (Spara), merge into another, delete when nobody belongs to it. */
export function OrganisationDialog({ organisation, others, people, onClose }: Props) {
  const styles = useStyles()
  const dialog = useOrganisationDialog(organisation, onClose)
  return (
    <Dialog open onOpenChange={(_e, data) => !data.open && onClose()}>
      <DialogSurface>
        <form noValidate onSubmit={(event) => (event.preventDefault(), dialog.submit())}>
          <DialogBody>
            <DialogTitle>{`${ORG_TEXTS.dialogTitle}: ${organisation.name}`}</DialogTitle>
            <DialogContent className={styles.form}>
              <OrganisationFields dialog={dialog} />
              {dialog.failure ? (
                <MessageBar intent="error" data-testid="organisation-error">
                  <MessageBarBody>{errorMessage(dialog.failure)}</MessageBarBody>
                </MessageBar>
              ) : null}
              <MergeSection dialog={dialog} organisation={organisation} others={others} people={people} />
            </DialogContent>
            <DialogActions fluid>
              <Button onClick={dialog.removeIt} disabledFocusable={dialog.remove.isPending}>
                {ORG_TEXTS.remove}
              </Button>
              <Button appearance="primary" type="submit" disabledFocusable={dialog.save.isPending}>
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

/** Name, kind and the details, each with the service's field error under it. */
function OrganisationFields({ dialog: { draft, field, set } }: { dialog: DialogState }) {
  return (
    <>
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
    </>
  )
}

/** "Slå ihop med": pick the organisation that stays; its people and details are kept. */
function MergeSection({ dialog, organisation, others, people }: { dialog: DialogState } & Omit<Props, 'onClose'>) {
  const styles = useStyles()
  const [intoId, setIntoId] = useState('')
  const into = others.find((o) => o.id === intoId)
  return (
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
        <Button disabledFocusable={!into || dialog.merge.isPending} onClick={() => into && dialog.mergeInto(into)}>
          {ORG_TEXTS.merge}
        </Button>
      </div>
    </section>
  )
}
