import { makeStyles, Text, tokens } from '@fluentui/react-components'
import type { YearFigures } from '../../../../shared/reports/figures-schema'
import { DataTable } from './DataTable'
import { REPORT_TEXTS as T } from './texts'

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  tables: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXXL, alignItems: 'flex-start' },
  heading: { margin: 0 }
})

function attendanceRows(f: YearFigures): (string | number)[][] {
  const totals = [T.total, ...f.meetings.map((m) => m.attended), f.meetings.reduce((s, m) => s + m.attended, 0)]
  return [...f.attendance.map((r) => [r.organisation, ...r.perMeeting, r.total]), totals]
}

/** The year's figures on screen, as the same tables the verksamhetsberättelse prints. */
export function FiguresSection({ figures: f }: { figures: YearFigures }) {
  const styles = useStyles()
  const a = f.assignments
  return (
    <section className={styles.section} aria-labelledby="report-figures">
      <Text as="h2" id="report-figures" size={500} weight="semibold" className={styles.heading}>{T.figuresHeading(f.year)}</Text>
      <Text as="p" className={styles.heading}>{T.figuresLead}</Text>
      {f.meetings.length === 0 ? <Text as="p">{T.noMeetings}</Text> : (
        <div className={styles.tables}>
          <DataTable testId="report-meetings" caption={T.meetingsCaption} headers={T.meetingColumns} rows={f.meetings.map((m) => [m.date, m.attended])} />
          {f.attendance.length > 0 ? (
            <DataTable testId="report-attendance" caption={T.attendanceCaption} headers={[T.organisation, ...f.meetings.map((m) => m.date), T.total]} rows={attendanceRows(f)} />
          ) : null}
        </div>
      )}
      <Text as="p">{T.decisions(f.decisions.length)}</Text>
      <div className={styles.tables}>
        <DataTable testId="report-assignments" caption={T.assignmentsCaption} headers={T.assignmentColumns} rows={[[a.given, a.byStatus.done, a.byStatus.open, a.byStatus.cancelled]]} />
        {f.seminars.length === 0 ? <Text as="p">{T.noSeminars}</Text> : (
          <DataTable
            testId="report-seminars"
            caption={T.seminarsCaption}
            headers={T.seminarColumns}
            rows={f.seminars.map((s) => [s.date, s.theme, s.reach.registrations, s.reach.attended, s.reach.noShows, s.reach.organisations.total])}
          />
        )}
      </div>
    </section>
  )
}
