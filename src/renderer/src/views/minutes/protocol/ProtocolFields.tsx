import { Field, Input, makeStyles, tokens } from '@fluentui/react-components'
import type { ProtocolDraft } from './draft'
import { PROTOCOL_TEXTS as T } from './texts'

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))', gap: tokens.spacingHorizontalL, alignItems: 'start' }
})

interface Props {
  draft: ProtocolDraft
  readOnly: boolean
  onChange(patch: Partial<ProtocolDraft>): void
}

interface TextProps {
  label: string
  hint?: string
  value: string
  readOnly: boolean
  testId: string
  onChange(value: string): void
}

function TextField({ label, hint, value, readOnly, testId, onChange }: TextProps) {
  return (
    <Field label={label} hint={hint}>
      <Input value={value} readOnly={readOnly} onChange={(_e, d) => onChange(d.value)} data-testid={testId} />
    </Field>
  )
}

/** Vid protokollet, ordförande, one or two justerare, justering date and place; read-only while locked. */
export function ProtocolFields({ draft, readOnly, onChange }: Props) {
  const styles = useStyles()
  const approver = (i: 0 | 1) => (value: string) => onChange({ approvers: i === 0 ? [value, draft.approvers[1]] : [draft.approvers[0], value] })
  const common = { readOnly }
  return (
    <div className={styles.grid}>
      <TextField {...common} label={T.secretary} value={draft.secretaryName} testId="protocol-secretary" onChange={(v) => onChange({ secretaryName: v })} />
      <TextField {...common} label={T.chair} value={draft.chairName} testId="protocol-chair" onChange={(v) => onChange({ chairName: v })} />
      <TextField {...common} label={T.approver(1)} hint={T.approverHint} value={draft.approvers[0]} testId="protocol-approver-1" onChange={approver(0)} />
      <TextField {...common} label={T.approver(2)} value={draft.approvers[1]} testId="protocol-approver-2" onChange={approver(1)} />
      <TextField {...common} label={T.approvedOn} hint={T.approvedOnHint} value={draft.approvedOn} testId="protocol-approved-on" onChange={(v) => onChange({ approvedOn: v })} />
      <TextField {...common} label={T.approvalPlace} value={draft.approvalPlace} testId="protocol-approval-place" onChange={(v) => onChange({ approvalPlace: v })} />
    </div>
  )
}
