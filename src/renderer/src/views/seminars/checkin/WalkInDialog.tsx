import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input, makeStyles, tokens } from '@fluentui/react-components'
import { useState } from 'react'
import { errorMessage } from '../../../api/client'
import { useWalkIn } from '../../../hooks/seminars/useRegistrationMutations'
import { readSeats } from '../registrations/registration-form'
import { CHECK_IN_TEXTS as T } from './texts'

const useStyles = makeStyles({ fields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM } })

interface Props {
  seminarId: string
  /** What she had typed in the search box: most often the walk-in's name. */
  initialName: string
  onDone(name: string | null): void
}

/** "Kom utan anmälan": name, organisation and seats; added as attended at once. */
export function WalkInDialog({ seminarId, initialName, onDone }: Props) {
  const styles = useStyles()
  const [name, setName] = useState(initialName)
  const [organisation, setOrganisation] = useState('')
  const [seats, setSeats] = useState('1')
  const walkIn = useWalkIn()
  const n = readSeats(seats)
  const submit = () => {
    if (name.trim() === '' || n === null) return
    walkIn.mutate({ seminarId, name: name.trim(), organisation: organisation.trim(), seats: n }, { onSuccess: (a) => onDone(a.registration.name) })
  }
  return (
    <Dialog open onOpenChange={(_e, d) => !d.open && onDone(null)}>
      <DialogSurface data-command-scope="walkIn">
        <form noValidate onSubmit={(e) => (e.preventDefault(), submit())}>
          <DialogBody>
            <DialogTitle>{T.walkInTitle}</DialogTitle>
            <DialogContent className={styles.fields}>
              <Field label={T.name} required validationMessage={walkIn.error ? errorMessage(walkIn.error) : undefined}>
                <Input value={name} onChange={(_e, d) => setName(d.value)} />
              </Field>
              <Field label={T.organisation}><Input value={organisation} onChange={(_e, d) => setOrganisation(d.value)} /></Field>
              <Field label={T.seatsField} validationMessage={n === null ? 'Skriv 1–100' : undefined}><Input inputMode="numeric" value={seats} onChange={(_e, d) => setSeats(d.value)} /></Field>
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary" disabledFocusable={walkIn.isPending || name.trim() === '' || n === null}>{T.walkInAdd}</Button>
              <Button onClick={() => onDone(null)}>{T.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  )
}
