import { Field, makeStyles, Tag, TagPicker, TagPickerControl, TagPickerGroup, TagPickerInput, TagPickerList, TagPickerOption } from '@fluentui/react-components'
import { useState } from 'react'
import type { PriorityArea } from '../../../../../shared/domain/areas'
import { AREA_TAG_TEXTS as T } from './texts'

const useStyles = makeStyles({ field: { maxWidth: '760px' } })

interface Props {
  number: number
  areas: readonly PriorityArea[]
  selected: readonly string[]
  readOnly: boolean
  error?: string
  onChange(areaIds: string[]): void
}

const NO_MATCH = 'no-options'

/** "Prioriterade områden" of one item: the areas it is about, picked from the active ones (typing filters). */
export function ItemAreasPicker({ number, areas, selected, readOnly, error, onChange }: Props) {
  const styles = useStyles()
  const [typed, setTyped] = useState('')
  const nameOf = (id: string) => areas.find((a) => a.id === id)?.name ?? id
  const words = typed.toLocaleLowerCase('sv-SE').trim()
  const offered = areas.filter((a) => a.closedOn === null && !selected.includes(a.id) && a.name.toLocaleLowerCase('sv-SE').includes(words))
  return (
    <Field label={T.itemAreas} orientation="horizontal" hint={areas.length === 0 ? T.noAreas : undefined} validationMessage={error} className={styles.field}>
      <TagPicker
        selectedOptions={[...selected]}
        disabled={readOnly}
        onOptionSelect={(_e, d) => {
          if (d.value === NO_MATCH) return
          onChange(d.selectedOptions)
          setTyped('')
        }}
      >
        <TagPickerControl data-testid="item-areas">
          <TagPickerGroup aria-label={T.chosen(number)}>
            {selected.map((id) => <Tag key={id} value={id} shape="rounded" dismissible={!readOnly} dismissIcon={{ 'aria-label': T.remove(nameOf(id)) }}>{nameOf(id)}</Tag>)}
          </TagPickerGroup>
          <TagPickerInput aria-label={T.itemAreasInput(number)} value={typed} onChange={(e) => setTyped(e.target.value)} />
        </TagPickerControl>
        <TagPickerList>
          {offered.length > 0 ? offered.map((a) => <TagPickerOption key={a.id} value={a.id}>{a.name}</TagPickerOption>) : <TagPickerOption value={NO_MATCH}>{T.noMatch}</TagPickerOption>}
        </TagPickerList>
      </TagPicker>
    </Field>
  )
}
