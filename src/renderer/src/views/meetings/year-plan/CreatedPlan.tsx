import { Button, Field, makeStyles, MessageBar, MessageBarBody, Textarea, tokens } from '@fluentui/react-components'
import { CalendarArrowDown24Regular } from '@fluentui/react-icons'
import type { MeetingSummary } from '../../../../../shared/contract/meetings'
import { yearPlanText, type YearPlanRule } from '../../../../../shared/meetings/year-plan'
import { SaveOutcome } from '../../../components/SaveOutcome'
import { useSaveYearPlanIcs } from '../../../hooks/meetings/useKallelse'
import { useNavigation } from '../../../navigation/NavigationContext'
import { InsertPlanText } from './InsertPlanText'
import { YEAR_PLAN_TEXTS as T } from './texts'

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, alignSelf: 'stretch' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS }
})

/** After the one save: how many were created, the whole plan as one .ics, and as text for a kallelse. */
export function CreatedPlan({ created, rule }: { created: MeetingSummary[]; rule: YearPlanRule | null }) {
  const styles = useStyles()
  const ics = useSaveYearPlanIcs()
  const { navigate } = useNavigation()
  const text = rule ? yearPlanText(created.map((m) => m.date), rule.startTime, rule.endTime) : ''
  return (
    <div className={styles.root}>
      <MessageBar intent="success" data-testid="year-plan-created"><MessageBarBody>{T.created(created.length)}</MessageBarBody></MessageBar>
      <Field label={T.planText}><Textarea readOnly value={text} resize="vertical" data-testid="year-plan-text" /></Field>
      <InsertPlanText text={text} planDates={created.map((m) => m.date)} />
      <div className={styles.actions}>
        <Button appearance="primary" icon={<CalendarArrowDown24Regular />} disabledFocusable={ics.isPending} onClick={() => ics.mutate(created.map((m) => m.id))}>{T.saveIcs}</Button>
        <Button onClick={() => navigate('meetings')}>{T.toList}</Button>
      </div>
      <div role="status"><SaveOutcome result={ics.data} error={ics.error} texts={T.icsOutcome} /></div>
    </div>
  )
}
