import { Button, Field, Input, makeStyles, Text, Textarea, tokens } from '@fluentui/react-components'
import { Add20Regular } from '@fluentui/react-icons'
import { useState } from 'react'
import { errorMessage, fieldErrors } from '../../../api/client'
import { useSaveAction } from '../../../hooks/areas/useActionMutations'
import { ACTION_TEXTS as T } from './texts'

const useStyles = makeStyles({
  form: { display: 'flex', flexWrap: 'wrap', gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, alignItems: 'flex-end', paddingTop: tokens.spacingVerticalM },
  heading: { margin: 0, flexBasis: '100%' },
  title: { flex: '2 1 320px' },
  owner: { flex: '1 1 220px' },
  date: { flex: '0 0 170px' },
  input: { width: '100%' }
})

/** "Ny insats" for this area by hand: what, who and from when; the status starts as Planerad. */
export function NewActionForm({ areaId }: { areaId: string }) {
  const styles = useStyles()
  const create = useSaveAction()
  const [title, setTitle] = useState('')
  const [owner, setOwner] = useState('')
  const [start, setStart] = useState('')
  const [tried, setTried] = useState(false)
  const byField = fieldErrors(create.error)
  const missing = title.trim() === '' ? T.titleRequired : undefined
  const submit = () => {
    setTried(true)
    if (missing) return
    const input = { title: title.trim(), areaIds: [areaId], owner: owner.trim() === '' ? { kind: 'none' as const } : { kind: 'text' as const, name: owner.trim() }, startDate: start.trim() === '' ? null : start.trim(), status: 'planned' as const }
    create.mutate(input, { onSuccess: () => (setTitle(''), setOwner(''), setStart(''), setTried(false)) })
  }
  const general = create.error && Object.keys(byField).length === 0 ? `${T.failed}: ${errorMessage(create.error)}` : undefined
  return (
    <form className={styles.form} aria-labelledby="new-action-heading" noValidate onSubmit={(e) => (e.preventDefault(), submit())}>
      <Text as="h3" id="new-action-heading" weight="semibold" className={styles.heading}>{T.newHeading}</Text>
      <Field className={styles.title} label={T.title} required validationMessage={(tried ? missing : undefined) ?? byField.title ?? general}>
        <Textarea value={title} rows={1} resize="vertical" onChange={(_e, d) => setTitle(d.value)} />
      </Field>
      <Field className={styles.owner} label={T.owner} validationMessage={byField['owner.name']}>
        <Input className={styles.input} value={owner} placeholder={T.ownerPlaceholder} onChange={(_e, d) => setOwner(d.value)} />
      </Field>
      <Field className={styles.date} label={T.start} validationMessage={byField.startDate}>
        <Input className={styles.input} value={start} placeholder={T.datePlaceholder} onChange={(_e, d) => setStart(d.value)} />
      </Field>
      <Button type="submit" appearance="primary" icon={<Add20Regular />} disabledFocusable={create.isPending}>{create.isPending ? T.adding : T.add}</Button>
    </form>
  )
}
