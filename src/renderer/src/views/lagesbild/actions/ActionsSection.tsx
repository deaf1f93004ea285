import { makeStyles, Text, tokens } from '@fluentui/react-components'
import type { AreaTimeline } from '../../../../../shared/contract/areas'
import { useReadOnly } from '../../../drafts/ReadOnlyContext'
import { AreaAssignments } from './AreaAssignments'
import { InsatsRow } from './InsatsRow'
import { NewActionForm } from './NewActionForm'
import { ACTION_TEXTS as T } from './texts'

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL, alignSelf: 'stretch' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  list: { margin: 0, paddingLeft: 0, listStyleType: 'none' }
})

/** The area's insatser (status, owner, start, follow-ups; a new one by hand) and the uppdrag linked to it. */
export function ActionsSection({ timeline }: { timeline: AreaTimeline }) {
  const styles = useStyles()
  const readOnly = useReadOnly()
  return (
    <div className={styles.content}>
      <section className={styles.section} aria-labelledby="area-actions-heading">
        <Text as="h2" id="area-actions-heading" size={500} weight="semibold" className={styles.heading}>{T.heading}</Text>
        <Text>{T.lead}</Text>
        {timeline.actions.length === 0 ? <Text>{T.none}</Text> : (
          <ul className={styles.list} aria-labelledby="area-actions-heading" data-testid="area-actions">
            {timeline.actions.map((row) => <InsatsRow key={row.action.id} row={row} />)}
          </ul>
        )}
        {readOnly ? null : <NewActionForm areaId={timeline.area.id} />}
      </section>
      <AreaAssignments rows={timeline.assignments} />
    </div>
  )
}
