import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components'
import { Add20Regular } from '@fluentui/react-icons'
import { useState } from 'react'
import { AGENDA_TEXTS as T } from './texts'

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  field: { minWidth: '360px' }
})

/** A new item by its title; Enter adds it too. It lands before "Övriga frågor" while that is last. */
export function AddItem({ onAdd }: { onAdd(title: string): void }) {
  const styles = useStyles()
  const [title, setTitle] = useState('')
  const add = () => {
    if (title.trim() === '') return
    onAdd(title.trim())
    setTitle('')
  }
  return (
    <div className={styles.row}>
      <Field label={T.newItem} className={styles.field}>
        <Input value={title} placeholder={T.newItemPlaceholder} onChange={(_e, d) => setTitle(d.value)} onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), add())} />
      </Field>
      <Button icon={<Add20Regular />} onClick={add} disabledFocusable={title.trim() === ''}>
        {T.add}
      </Button>
    </div>
  )
}
