import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, tokens } from '@fluentui/react-components'
import { errorMessage } from '../../../api/client'
import { QueryStatus } from '../../../components/QueryStatus'
import { useReadOnly } from '../../../drafts/ReadOnlyContext'
import { useAssignmentsToFollowUp } from '../../../hooks/assignments/useAssignments'
import { useReportFollowUp } from '../../../hooks/assignments/useAssignmentsMutations'
import { useProtocol } from '../../../hooks/minutes/useProtocol'
import { FollowUpRow } from './FollowUpRow'
import { FOLLOW_UP_TEXTS as T } from './texts'

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignSelf: 'stretch' },
  heading: { margin: 0 },
  list: { listStyle: 'none', margin: 0, padding: 0 }
})

/**
 * Under the follow-up item of the minutes: the open assignments from earlier meetings,
 * and per assignment what was reported ("klart", "pågår", "struket", a short note). The
 * status flows back to the assignment with this meeting (assignments.reportFollowUp).
 */
interface Props {
  meetingId: string
  /** The editor's own switch (a cancelled meeting, a read-only store); the protokoll's lock is read here too. */
  readOnly?: boolean
  /** h4 under an item of the minutes (its heading is an h3); h3 where it stands alone. */
  headingLevel?: 'h3' | 'h4'
}

export function FollowUpPanel({ meetingId, readOnly: given = false, headingLevel = 'h4' }: Props) {
  const styles = useStyles()
  const storeReadOnly = useReadOnly()
  const rows = useAssignmentsToFollowUp(meetingId)
  const protocol = useProtocol(meetingId)
  const report = useReportFollowUp()
  const readOnly = given || storeReadOnly || protocol.data?.locked === true
  return (
    <section className={styles.section} aria-labelledby={`follow-up-heading-${meetingId}`} data-testid="follow-up-panel">
      <Text as={headingLevel} id={`follow-up-heading-${meetingId}`} weight="semibold" className={styles.heading}>
        {T.heading}
      </Text>
      <Text as="p" className={styles.heading}>
        {protocol.data?.locked ? T.locked : T.lead}
      </Text>
      {report.error ? (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{T.failed}</MessageBarTitle>
            {errorMessage(report.error)}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <QueryStatus query={rows} what={T.loading}>
        {(list) =>
          list.length === 0 ? (
            <Text as="p">{T.none}</Text>
          ) : (
            <ul className={styles.list}>
              {list.map((row) => (
                <FollowUpRow key={row.assignment.id} row={row} meetingId={meetingId} readOnly={readOnly}
                  onReport={(outcome, note) => report.mutate({ id: row.assignment.id, meetingId, outcome, note })} />
              ))}
            </ul>
          )
        }
      </QueryStatus>
    </section>
  )
}
