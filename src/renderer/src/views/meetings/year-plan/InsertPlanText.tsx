import { Button, Dropdown, Field, makeStyles, MessageBar, MessageBarBody, Option, Text, tokens } from '@fluentui/react-components'
import { TextAdd20Regular } from '@fluentui/react-icons'
import { useState } from 'react'
import { formatDayMonthYear } from '../../../../../shared/format'
import { errorMessage } from '../../../api/client'
import { useReadOnly } from '../../../drafts/ReadOnlyContext'
import { useInsertAgendaText } from '../../../hooks/meetings/useMeetingMutations'
import { useMeeting, useMeetings } from '../../../hooks/meetings/useMeetings'
import { useNavigation } from '../../../navigation/NavigationContext'
import { defaultItemId, defaultMeetingId, plannedMeetings } from './insert-target'
import { YEAR_PLAN_TEXTS as T } from './texts'

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'flex-end', flexWrap: 'wrap' },
  field: { minWidth: '260px' },
  whole: { width: '100%', margin: 0 }
})

/** "Infoga i kallelse": the plan as text in one agenda item (by default "Kommande möten") of a planned meeting. */
export function InsertPlanText({ text, planDates }: { text: string; planDates: string[] }) {
  const styles = useStyles()
  const meetings = plannedMeetings(useMeetings().data ?? [])
  const [meetingId, setMeetingId] = useState<string | null>(null)
  const chosen = meetingId ?? defaultMeetingId(meetings, planDates)
  const meeting = useMeeting(chosen ?? '')
  const agenda = chosen && meeting.data?.id === chosen ? meeting.data.agenda : []
  const [itemId, setItemId] = useState<string | null>(null)
  const item = agenda.find((i) => i.id === itemId) ?? agenda.find((i) => i.id === defaultItemId(agenda))
  const insert = useInsertAgendaText()
  const readOnly = useReadOnly()
  const { navigate } = useNavigation()
  const label = (id: string) => { const m = meetings.find((x) => x.id === id); return m ? formatDayMonthYear(m.date) : '' }
  const number = item ? agenda.indexOf(item) + 1 : 0
  return (
    <section aria-labelledby="insert-plan-heading" className={styles.row}>
      <Text as="h2" id="insert-plan-heading" size={500} weight="semibold" className={styles.whole}>{T.insertHeading}</Text>
      <Field label={T.insertMeeting} className={styles.field}>
        <Dropdown value={chosen ? label(chosen) : ''} selectedOptions={chosen ? [chosen] : []} onOptionSelect={(_e, d) => (setMeetingId(d.optionValue ?? null), setItemId(null), insert.reset())}>
          {meetings.map((m) => <Option key={m.id} value={m.id}>{formatDayMonthYear(m.date)}</Option>)}
        </Dropdown>
      </Field>
      <Field label={T.insertItem} className={styles.field}>
        <Dropdown value={item ? T.itemLabel(number, item.title) : ''} selectedOptions={item ? [item.id] : []} onOptionSelect={(_e, d) => (setItemId(d.optionValue ?? null), insert.reset())}>
          {agenda.map((i, n) => <Option key={i.id} value={i.id}>{T.itemLabel(n + 1, i.title)}</Option>)}
        </Dropdown>
      </Field>
      <Button icon={<TextAdd20Regular />} disabledFocusable={!chosen || !item || readOnly || insert.isPending || text === ''}
        onClick={() => chosen && item && insert.mutate({ id: chosen, itemId: item.id, text })}>{T.insert}</Button>
      <div role="status" className={styles.whole}>
        {insert.data && item && chosen ? (
          <MessageBar intent="success"><MessageBarBody>{T.inserted(number, item.title, label(chosen))} <Button appearance="transparent" size="small" onClick={() => navigate('meetings', chosen)}>{T.openMeeting}</Button></MessageBarBody></MessageBar>
        ) : null}
        {insert.error ? <MessageBar intent="error"><MessageBarBody>{errorMessage(insert.error)}</MessageBarBody></MessageBar> : null}
      </div>
    </section>
  )
}
