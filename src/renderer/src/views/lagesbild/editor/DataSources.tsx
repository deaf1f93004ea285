import { Button, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components'
import { Add20Regular, Dismiss20Regular } from '@fluentui/react-icons'
import { useState } from 'react'
import { withSource } from './area-form'
import { EDITOR_TEXTS as T } from './texts'

const useStyles = makeStyles({
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, gridColumn: '1 / -1' },
  heading: { margin: 0 },
  list: { margin: 0, paddingLeft: 0, listStyleType: 'none', display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, paddingLeft: tokens.spacingHorizontalM, borderRadius: tokens.borderRadiusCircular, backgroundColor: tokens.colorNeutralBackground3 },
  add: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  field: { minWidth: '320px' }
})

interface Props {
  sources: readonly string[]
  readOnly: boolean
  onChange(sources: string[]): void
}

/** The data sources she reads the area from: a list she adds to (Enter or Lägg till) and removes from. */
export function DataSources({ sources, readOnly, onChange }: Props) {
  const styles = useStyles()
  const [typed, setTyped] = useState('')
  const add = () => {
    onChange(withSource(sources, typed))
    setTyped('')
  }
  return (
    <section className={styles.block} aria-labelledby="area-sources-heading">
      <Text as="h3" id="area-sources-heading" weight="semibold" className={styles.heading}>{T.sources}</Text>
      <Text>{T.sourcesLead}</Text>
      {sources.length === 0 ? <Text>{T.noSources}</Text> : (
        <ul className={styles.list} aria-labelledby="area-sources-heading" data-testid="area-sources">
          {sources.map((s) => (
            <li key={s} className={styles.item}>
              {s}
              {readOnly ? null : <Button size="small" appearance="transparent" icon={<Dismiss20Regular />} aria-label={T.removeSource(s)} onClick={() => onChange(sources.filter((x) => x !== s))} />}
            </li>
          ))}
        </ul>
      )}
      {readOnly ? null : (
        <div className={styles.add}>
          <Field label={T.newSource} className={styles.field}>
            <Input value={typed} onChange={(_e, d) => setTyped(d.value)} onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), add())} />
          </Field>
          <Button icon={<Add20Regular />} disabled={typed.trim() === ''} onClick={add}>{T.addSource}</Button>
        </div>
      )}
    </section>
  )
}
