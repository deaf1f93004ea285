import { Button, makeStyles, Radio, RadioGroup, Select, Text, tokens } from '@fluentui/react-components'
import { useState, type KeyboardEvent } from 'react'
import { ATTENDANCE_STATUSES, type Attendance } from '../../../../shared/domain/meetings'
import { STATUS_KEYS, type RollCallRow } from '../../../../shared/meetings/attendance'
import { ATTENDANCE_LABELS } from '../../../../shared/meetings/labels'
import { PersonForm, type PersonInput } from './PersonForm'
import { ATTENDANCE_TEXTS as T, STATUS_KEY_OF } from './texts'

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center', paddingBlock: tokens.spacingVerticalXS, borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  who: { minWidth: '14rem', flexBasis: '14rem', display: 'flex', flexDirection: 'column' },
  span: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' }
})

/** An item as the partial-attendance choices name it. */
export interface ItemRef {
  itemId: string
  number: number
}

export interface RowActions {
  setStatus(key: string, status: Attendance['status']): void
  setSpan(key: string, end: 'fromItemId' | 'untilItemId', itemId: string | null): void
  substitute(forKey: string, person: PersonInput): void
}

interface Props {
  row: RollCallRow
  items: readonly ItemRef[]
  readOnly: boolean
  describedBy: string
  actions: RowActions
}

/** One person: a status per key (N, F, U, A on the row), partial attendance, "Ersättare…". */
export function AttendanceRow({ row, items, readOnly, describedBy, actions }: Props) {
  const styles = useStyles()
  const [substituting, setSubstituting] = useState(false)
  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>) => {
    const status = STATUS_KEYS[e.key.toLowerCase()]
    const inField = e.target instanceof HTMLElement && e.target.closest('input:not([type="radio"]), select, textarea, [role="combobox"]')
    if (!status || readOnly || inField || e.ctrlKey || e.altKey || e.metaKey) return
    e.preventDefault()
    actions.setStatus(row.key, status)
    e.currentTarget.querySelector<HTMLInputElement>(`input[value="${status}"]`)?.focus()
  }
  const span = (end: 'fromItemId' | 'untilItemId', label: string) => (
    <Select aria-label={`${label}, ${row.name}`} value={row.record?.[end] ?? ''} disabled={readOnly || !row.record} onChange={(_e, d) => actions.setSpan(row.key, end, d.value || null)}>
      <option value="">{label}: –</option>
      {items.map((s) => <option key={s.itemId} value={s.itemId}>{`${label} ${s.number}`}</option>)}
    </Select>
  )
  return (
    <li className={styles.row} onKeyDown={onKeyDown} data-testid="attendance-row" data-key={row.key}>
      <span className={styles.who}>
        <Text weight="semibold">{row.name}</Text>
        <Text size={200}>{[row.role, row.record?.substituteFor ? T.substituteFor(row.record.substituteFor) : ''].filter(Boolean).join(' · ')}</Text>
      </span>
      <RadioGroup layout="horizontal" aria-label={T.rowLabel(row.name)} aria-describedby={describedBy} value={row.status === 'unmarked' ? '' : row.status} disabled={readOnly} onChange={(_e, d) => actions.setStatus(row.key, d.value as Attendance['status'])}>
        {ATTENDANCE_STATUSES.map((s) => <Radio key={s} value={s} label={`${ATTENDANCE_LABELS[s]} (${STATUS_KEY_OF[s]})`} aria-keyshortcuts={STATUS_KEY_OF[s]} />)}
      </RadioGroup>
      <span className={styles.span}>{span('fromItemId', T.from)}{span('untilItemId', T.until)}</span>
      {row.isInvitee && !readOnly ? <Button size="small" onClick={() => setSubstituting(true)}>{T.substitute}</Button> : null}
      {substituting ? <PersonForm idPrefix={`sub-${row.key}`} onSubmit={(p) => { actions.substitute(row.key, p); setSubstituting(false) }} onCancel={() => setSubstituting(false)} /> : null}
    </li>
  )
}
