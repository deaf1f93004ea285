import { Field, Textarea } from '@fluentui/react-components'
import { useState } from 'react'
import { autosaveText } from '../../drafts/autosave'
import { useAutosave } from '../../drafts/useAutosave'

interface Props {
  label: string
  value: string
  save(text: string): Promise<unknown>
}

/** Her open questions for one area, saved by themselves. */
export function OpenQuestionsField({ label, value, save }: Props) {
  const [text, setText] = useState(value)
  const autosave = useAutosave<string>(save)
  return (
    <Field label={label} hint={autosaveText(autosave.state)}>
      <Textarea
        value={text}
        readOnly={autosave.readOnly}
        resize="vertical"
        rows={3}
        onChange={(_e, d) => {
          setText(d.value)
          autosave.change(d.value)
        }}
      />
    </Field>
  )
}
