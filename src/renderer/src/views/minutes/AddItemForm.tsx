import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components'
import { Add20Regular } from '@fluentui/react-icons'
import { useState } from 'react'
import { fieldErrors } from '../../api/client'
import { EDITOR_TEXTS as T } from './texts'

const useStyles = makeStyles({ form: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' } })

interface Props {
  error: unknown
  onAdd(title: string): Promise<unknown>
}

/** "Ny punkt" during the meeting: added before Övriga frågor when that is last; Enter adds. */
export function AddItemForm({ error, onAdd }: Props) {
  const styles = useStyles()
  const [title, setTitle] = useState('')
  const submit = () => void onAdd(title).then(() => setTitle(''), () => undefined)
  return (
    <form className={styles.form} onSubmit={(e) => { e.preventDefault(); submit() }}>
      <Field label={T.newItem} validationMessage={fieldErrors(error).title}>
        <Input value={title} onChange={(_e, d) => setTitle(d.value)} />
      </Field>
      <Button type="submit" icon={<Add20Regular />}>{T.addItem}</Button>
    </form>
  )
}
