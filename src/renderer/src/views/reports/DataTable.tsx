import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components'

const useStyles = makeStyles({
  caption: { textAlign: 'start', fontWeight: tokens.fontWeightSemibold, paddingBlock: tokens.spacingVerticalXS },
  table: { width: 'auto', minWidth: '320px' }
})

interface Props {
  caption: string
  headers: readonly string[]
  rows: readonly (readonly (string | number)[])[]
  testId?: string
}

/** A figures table as the documents have it: a caption, a header row, one row per line; "–" for nothing. */
export function DataTable({ caption, headers, rows, testId }: Props) {
  const styles = useStyles()
  return (
    <Table size="small" className={styles.table} data-testid={testId}>
      <caption className={styles.caption}>{caption}</caption>
      <TableHeader>
        <TableRow>{headers.map((h) => <TableHeaderCell key={h} scope="col">{h}</TableHeaderCell>)}</TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row, i) => (
          <TableRow key={`${i}-${String(row[0])}`}>
            {row.map((cell, j) => <TableCell key={j}>{cell === '' ? '\u2013' : cell}</TableCell>)}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  )
}
