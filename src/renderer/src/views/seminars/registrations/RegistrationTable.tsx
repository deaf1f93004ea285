import { makeStyles, Table, tokens, TableBody, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components'
import type { Registration } from '../../../../../shared/domain/seminars'
import { RegistrationRow } from './RegistrationRow'
import { REGISTRATION_TEXTS as T } from './texts'
import type { useRegistrationActions } from './useRegistrationActions'

const useStyles = makeStyles({ section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS }, heading: { margin: 0 } })

/** Widths that keep a row to one line at 1280 px: the names share what the actions leave. */
const WIDTHS = ['auto', 'auto', '76px', '16%', '150px', '330px']

const COLUMNS = [T.columns.name, T.columns.organisation, T.columns.seats, T.columns.diet, T.columns.registered, T.columns.actions]

interface Props {
  id: string
  title: string
  rows: Registration[]
  numbered?: boolean
  readOnly: boolean
  actions: ReturnType<typeof useRegistrationActions>
}

/** One list of registrations (Anmälda, Reservlista in its order, Avbokade) under its h3. */
export function RegistrationTable({ id, title, rows, numbered = false, readOnly, actions }: Props) {
  const styles = useStyles()
  return (
    <section className={styles.section} aria-labelledby={`registrations-${id}`}>
      <Text as="h3" id={`registrations-${id}`} size={400} weight="semibold" className={styles.heading}>{`${title} (${rows.length})`}</Text>
      {rows.length === 0 ? <Text as="p" className={styles.heading}>{T.listNone}</Text> : (
        <Table aria-labelledby={`registrations-${id}`} size="small" data-testid={`registrations-${id}`}>
          <TableHeader><TableRow>{COLUMNS.map((c, i) => <TableHeaderCell key={c} style={{ width: WIDTHS[i] }}>{c}</TableHeaderCell>)}</TableRow></TableHeader>
          <TableBody>
            {rows.map((r, i) => <RegistrationRow key={r.id} registration={r} position={numbered ? i + 1 : null} readOnly={readOnly} actions={actions} />)}
          </TableBody>
        </Table>
      )}
    </section>
  )
}
