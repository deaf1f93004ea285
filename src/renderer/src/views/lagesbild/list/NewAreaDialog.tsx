import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components'
import { useState } from 'react'
import { AREA_KINDS, type AreaKind } from '../../../../../shared/domain/areas'
import { errorMessage, fieldErrors } from '../../../api/client'
import { useSaveArea } from '../../../hooks/areas/useAreaMutations'
import { useNavigation } from '../../../navigation/NavigationContext'
import { AREA_KIND_LABELS } from '../../../../../shared/areas/labels'
import { NEW_AREA_TEXTS as T } from '../texts'

const useStyles = makeStyles({ content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM } })

/** "Nytt område": a name and a kind make it; the rest she writes on its page, where it saves by itself. */
export function NewAreaDialog({ onClose }: { onClose(): void }) {
  const styles = useStyles()
  const create = useSaveArea()
  const { navigate } = useNavigation()
  const [name, setName] = useState('')
  const [kind, setKind] = useState<AreaKind>('place')
  const [tried, setTried] = useState(false)
  const missing = name.trim() === '' ? T.nameRequired : undefined
  const byField = fieldErrors(create.error)
  const submit = () => {
    setTried(true)
    if (!missing) create.mutate({ name: name.trim(), kind }, { onSuccess: (area) => navigate('lagesbild', area.id) })
  }
  return (
    <Dialog open modalType="modal" onOpenChange={(_e, d) => !d.open && onClose()}>
      <DialogSurface data-command-scope="newArea">
        <form noValidate onSubmit={(e) => (e.preventDefault(), submit())}>
          <DialogBody>
            <DialogTitle>{T.title}</DialogTitle>
            <DialogContent className={styles.content}>
              <Field label={T.name} required validationMessage={(tried ? missing : undefined) ?? byField.name}>
                <Input value={name} placeholder={T.namePlaceholder} autoFocus onChange={(_e, d) => setName(d.value)} />
              </Field>
              <Field label={T.kind} validationMessage={create.error && !byField.name ? `${T.failed}: ${errorMessage(create.error)}` : undefined}>
                <Select value={kind} onChange={(_e, d) => setKind(d.value as AreaKind)}>
                  {AREA_KINDS.map((k) => <option key={k} value={k}>{AREA_KIND_LABELS[k]}</option>)}
                </Select>
              </Field>
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary" disabledFocusable={create.isPending}>{create.isPending ? T.creating : T.create}</Button>
              <Button onClick={onClose}>{T.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  )
}
