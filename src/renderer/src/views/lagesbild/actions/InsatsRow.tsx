import { Button, Field, Input, makeStyles, Select, Text, tokens, useId } from '@fluentui/react-components'
import { NoteAdd20Regular } from '@fluentui/react-icons'
import { useState } from 'react'
import { ACTION_STATUS_LABELS } from '../../../../../shared/areas/labels'
import type { ActionRow } from '../../../../../shared/contract/areas'
import { ACTION_STATUSES, type ActionStatus } from '../../../../../shared/domain/areas'
import { formatDayMonthYear } from '../../../../../shared/format'
import { autosaveText } from '../../../drafts/autosave'
import { FollowUpForm } from './FollowUpForm'
import { ACTION_TEXTS as T } from './texts'
import { useActionFields } from './useActionFields'

const useStyles = makeStyles({
  row: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingBlock: tokens.spacingVerticalM, borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  title: { margin: 0 },
  meta: { color: tokens.colorNeutralForeground2 },
  fields: { display: 'flex', flexWrap: 'wrap', gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, alignItems: 'flex-end' },
  status: { flex: '0 0 180px' },
  owner: { flex: '1 1 260px' },
  date: { flex: '0 0 170px' },
  input: { width: '100%' },
  saved: { color: tokens.colorNeutralForeground3, minHeight: '1.2em', alignSelf: 'center' },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS }
})

/** One insats: what, where it came from, status (saved at once), owner and start (saved by themselves), and its follow-up notes. */
export function InsatsRow({ row }: { row: ActionRow }) {
  const styles = useStyles()
  const { action } = row
  const f = useActionFields(row)
  const [adding, setAdding] = useState(false)
  const id = useId('action')
  // Each control is named by its short visible label and the insats's title (the row's heading).
  const named = (field: string) => ({ 'aria-labelledby': `${id}-${field} ${id}-title` })
  return (
    <li className={styles.row} data-testid="action">
      <Text as="h4" id={`${id}-title`} weight="semibold" className={styles.title}>{action.title}</Text>
      <Text size={200} className={styles.meta}>{sourceLine(row)}</Text>
      <div className={styles.fields}>
        <Field className={styles.status} label={{ children: T.status, id: `${id}-status` }}>
          <Select {...named('status')} value={action.status} disabled={f.readOnly} onChange={(_e, d) => f.setStatus(d.value as ActionStatus)}>
            {ACTION_STATUSES.map((s) => <option key={s} value={s}>{ACTION_STATUS_LABELS[s]}</option>)}
          </Select>
        </Field>
        <Field className={styles.owner} label={{ children: T.owner, id: `${id}-owner` }} validationMessage={f.errors.owner}>
          <Input className={styles.input} {...named('owner')} value={f.fields.owner} readOnly={f.readOnly} placeholder={T.ownerPlaceholder} onChange={(_e, d) => f.change({ ...f.fields, owner: d.value })} />
        </Field>
        <Field className={styles.date} label={{ children: T.start, id: `${id}-start` }} validationMessage={f.errors.startDate}>
          <Input className={styles.input} {...named('start')} value={f.fields.startDate} readOnly={f.readOnly} placeholder={T.datePlaceholder} onChange={(_e, d) => f.change({ ...f.fields, startDate: d.value })} />
        </Field>
        <Text size={200} role="status" className={styles.saved}>{autosaveText(f.saveState)}</Text>
      </div>
      {action.followUps.length > 0 ? (
        <ul className={styles.notes} aria-label={T.followUps}>
          {action.followUps.map((u) => <li key={u.id} data-testid="follow-up">{formatDayMonthYear(u.on)}: {u.note}</li>)}
        </ul>
      ) : null}
      {adding ? <FollowUpForm actionId={action.id} onDone={() => setAdding(false)} /> : null}
      {adding || f.readOnly ? null : (
        <div><Button size="small" icon={<NoteAdd20Regular />} aria-label={T.addFollowUp(action.title)} onClick={() => setAdding(true)}>{T.addFollowUpShort}</Button></div>
      )}
    </li>
  )
}

/** "Från ett beslut, beslutat 22 februari 2019", "Tillagd för hand". */
function sourceLine({ action, meetingDate }: ActionRow): string {
  const from = T.source[action.source.kind]
  return meetingDate ? `${from}, ${T.fromMeeting(formatDayMonthYear(meetingDate))}` : from
}
