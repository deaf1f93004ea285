import { Field, Radio, RadioGroup } from '@fluentui/react-components'
import type { Minutes } from '../../../../../shared/domain/meetings'
import { PROTOCOL_TEXTS as T } from './texts'

interface Props {
  kind: Minutes['kind']
  disabled: boolean
  onChange(kind: Minutes['kind']): void
}

/** Minnesanteckningar (the default for a lokala BRÅ) or a formal Protokoll with justering. */
export function KindChoice({ kind, disabled, onChange }: Props) {
  return (
    <Field label={T.kind}>
      <RadioGroup layout="horizontal" value={kind} disabled={disabled} onChange={(_e, d) => onChange(d.value === 'protocol' ? 'protocol' : 'notes')}>
        <Radio value="notes" label={T.kinds.notes} />
        <Radio value="protocol" label={T.kinds.protocol} />
      </RadioGroup>
    </Field>
  )
}
