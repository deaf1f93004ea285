import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, tokens } from '@fluentui/react-components'
import { ArrowLeft24Regular, CalendarMultiple24Regular } from '@fluentui/react-icons'
import type { Place } from '../../../../../shared/domain/meetings'
import { errorMessage } from '../../../api/client'
import { ViewPage } from '../../../components/ViewPage'
import { useReadOnly } from '../../../drafts/ReadOnlyContext'
import { useToday } from '../../../hooks/app/useApp'
import { useNavigation } from '../../../navigation/NavigationContext'
import { CreatedPlan } from './CreatedPlan'
import { ProposalTable } from './ProposalTable'
import { RuleFields } from './RuleFields'
import { YEAR_PLAN_TEXTS as T } from './texts'
import { useYearPlan } from './useYearPlan'

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, alignItems: 'flex-start' },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, alignSelf: 'stretch' },
  heading: { margin: 0 },
  place: { display: 'grid', gridTemplateColumns: '2fr 1fr 1fr', gap: tokens.spacingHorizontalL }
})

/** Planera året: a rule, the dates it proposes (moved off holidays), and all meetings created at once. */
export function YearPlanPage() {
  const styles = useStyles()
  const today = useToday()
  const { navigate } = useNavigation()
  return (
    <div className={styles.page}>
      <Button appearance="subtle" icon={<ArrowLeft24Regular />} onClick={() => navigate('meetings')}>{T.back}</Button>
      <ViewPage title={T.title} description={T.description}>
        {today ? <YearPlanForm today={today} /> : null}
      </ViewPage>
    </div>
  )
}

function YearPlanForm({ today }: { today: string }) {
  const styles = useStyles()
  const plan = useYearPlan(today)
  const readOnly = useReadOnly()
  if (plan.create.data) return <CreatedPlan created={plan.create.data} rule={plan.rule} />
  const setPlace = (key: keyof Place) => (_e: unknown, d: { value: string }) => plan.setPlace({ ...plan.place, [key]: d.value })
  return (
    <form className={styles.form} aria-label={T.title} noValidate onSubmit={(e) => (e.preventDefault(), plan.submit())}>
      <RuleFields draft={plan.draft} errors={plan.errors} onChange={plan.setDraft} />
      <div className={styles.place}>
        <Field label={T.address}><Input value={plan.place.address} onChange={setPlace('address')} /></Field>
        <Field label={T.floor}><Input value={plan.place.floor} onChange={setPlace('floor')} /></Field>
        <Field label={T.room}><Input value={plan.place.room} onChange={setPlace('room')} /></Field>
      </div>
      <Text as="h2" id="proposals-heading" size={500} weight="semibold" className={styles.heading}>{T.proposals}</Text>
      {plan.rule && plan.proposals.length > 0 ? (
        <ProposalTable proposals={plan.proposals} choices={plan.choices} slot={plan.rule} busy={plan.busy} onChoose={plan.choose} />
      ) : <Text as="p">{T.proposalsNone}</Text>}
      {plan.create.error ? <MessageBar intent="error"><MessageBarBody><MessageBarTitle>{T.failed}</MessageBarTitle>{errorMessage(plan.create.error)}</MessageBarBody></MessageBar> : null}
      <div>
        <Button type="submit" appearance="primary" icon={<CalendarMultiple24Regular />} disabledFocusable={!plan.canCreate || plan.create.isPending || readOnly}>
          {plan.create.isPending ? T.creating : T.create(plan.dates.length)}
        </Button>
      </div>
    </form>
  )
}
