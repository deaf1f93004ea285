import { makeStyles, Table, TableBody, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components'
import type { MeetingSummary } from '../../../../../shared/contract/meetings'
import { LIST_TEXTS } from '../texts'
import { MeetingRow } from './MeetingRow'

const useStyles = makeStyles({
  heading: { margin: 0 }
})

interface Props {
  /** The section's id, e.g. "upcoming"; with the year it names the table. */
  id: string
  sectionTitle: string
  year: string
  rows: MeetingSummary[]
  /** Main's Stockholm date, for the status shown (a past planned meeting is "Ej avslutat"). */
  today: string
}

/** One year of a section as a table, under an h3 with the year. */
export function MeetingTable({ id, sectionTitle, year, rows, today }: Props) {
  const styles = useStyles()
  const headingId = `meetings-${id}-${year}`
  const columns = LIST_TEXTS.columns
  return (
    <>
      <Text as="h3" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {year}
      </Text>
      <Table aria-label={`${sectionTitle} ${year}`} data-testid={`meetings-${id}-${year}`}>
        <TableHeader>
          <TableRow>
            {[columns.date, columns.time, columns.place, columns.status, columns.kallelse, columns.items].map((c) => (
              <TableHeaderCell key={c}>{c}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((m) => (
            <MeetingRow key={m.id} meeting={m} today={today} />
          ))}
        </TableBody>
      </Table>
    </>
  )
}
