import { Button, Combobox, Field, makeStyles, Option, tokens } from '@fluentui/react-components'
import { useMemo, useState } from 'react'
import { buildSearchIndex, searchContacts } from '../../../../shared/contacts/search'
import type { Register } from '../../../../shared/contract/contacts'
import type { Group } from '../../../../shared/domain/contacts'
import { GROUP_TEXTS } from './texts'

const MAX_OPTIONS = 30

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
  field: { minWidth: '320px' }
})

interface Props {
  register: Register
  group: Group
  busy: boolean
  onAdd(contactId: string): void
}

/** The typed text, the person picked from the options, and the people who may be added. */
function usePicker(register: Register, group: Group) {
  const [text, setText] = useState('')
  const [picked, setPicked] = useState<string | null>(null)
  const index = useMemo(() => buildSearchIndex(register.contacts, register.organisations), [register])
  const options = searchContacts(index, text)
    .filter((e) => !e.contact.groupIds.includes(group.id))
    .slice(0, MAX_OPTIONS)
  const type = (value: string) => (setText(value), setPicked(null))
  const pick = (id: string | null, name: string) => (setPicked(id), setText(name))
  return { text, picked, options, type, pick, clear: () => pick(null, '') }
}

/** Picks a person not yet in the group, searched as in the main list, and adds them. */
export function MemberPicker({ register, group, busy, onAdd }: Props) {
  const styles = useStyles()
  const { text, picked, options, type, pick, clear } = usePicker(register, group)
  const add = () => {
    if (!picked) return
    onAdd(picked)
    clear()
  }
  return (
    <div className={styles.row}>
      <Field label={GROUP_TEXTS.addMember} className={styles.field}>
        <Combobox
          value={text}
          placeholder={GROUP_TEXTS.addMemberPlaceholder}
          selectedOptions={picked ? [picked] : []}
          onChange={(event) => type(event.target.value)}
          onOptionSelect={(_e, data) => pick(data.optionValue ?? null, data.optionText ?? '')}
          expandIcon={{ 'aria-label': 'Visa personer' }}
        >
          {options.map(({ contact, organisation }) => (
            <Option key={contact.id} value={contact.id} text={contact.name}>
              {organisation ? `${contact.name} (${organisation.name})` : contact.name}
            </Option>
          ))}
        </Combobox>
      </Field>
      <Button onClick={add} disabledFocusable={!picked || busy}>
        {GROUP_TEXTS.add}
      </Button>
    </div>
  )
}
