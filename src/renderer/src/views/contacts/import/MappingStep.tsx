import {
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens
} from '@fluentui/react-components'
import { IMPORT_FIELDS, type ImportMapping } from '../../../../../shared/contract/contacts'
import type { ImportPreview } from '../../../../../shared/contract/contacts'
import { IMPORT_FIELD_LABELS } from '../texts'
import { IMPORT_TEXTS } from './texts'

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  fields: {
    display: 'grid',
    gridTemplateColumns: 'repeat(3, minmax(0, 1fr))',
    gap: tokens.spacingHorizontalM,
    border: 'none',
    margin: 0,
    padding: 0
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: tokens.spacingVerticalS },
  preview: { overflowX: 'auto', maxWidth: '100%', border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  // Columns as wide as their text: the preview scrolls sideways rather than overlap.
  table: { tableLayout: 'auto', width: 'max-content', minWidth: '100%' },
  cell: { whiteSpace: 'nowrap', width: 'auto' }
})

interface Props {
  preview: ImportPreview
  mapping: ImportMapping
  onChange(mapping: ImportMapping): void
}

/** Step 1: which column feeds which field (guessed from the headers), and the first rows. */
export function MappingStep({ preview, mapping, onChange }: Props) {
  const styles = useStyles()
  return (
    <div className={styles.root}>
      <Text weight="semibold">{IMPORT_TEXTS.file(preview.fileName, preview.rowCount)}</Text>
      <Text as="p">{IMPORT_TEXTS.mappingIntro}</Text>
      {preview.problems.length > 0 && (
        <MessageBar intent="warning" data-testid="import-problems">
          <MessageBarBody>
            <MessageBarTitle>{IMPORT_TEXTS.problems}</MessageBarTitle>
            {preview.problems.join(' ')}
          </MessageBarBody>
        </MessageBar>
      )}
      <ColumnChoices preview={preview} mapping={mapping} onChange={onChange} />
      <SampleTable preview={preview} />
    </div>
  )
}

/** A column (or none) per field. */
function ColumnChoices({ preview, mapping, onChange }: Props) {
  const styles = useStyles()
  return (
    <fieldset className={styles.fields}>
      <legend className={styles.legend}>{IMPORT_TEXTS.mappingLegend}</legend>
      {IMPORT_FIELDS.map((field) => (
        <Field key={field} label={IMPORT_FIELD_LABELS[field]}>
          <Select
            value={mapping[field] === null ? '' : String(mapping[field])}
            onChange={(_e, d) => onChange({ ...mapping, [field]: d.value === '' ? null : Number(d.value) })}
          >
            <option value="">{IMPORT_TEXTS.noColumn}</option>
            {preview.headers.map((header, i) => (
              <option key={i} value={String(i)}>
                {header}
              </option>
            ))}
          </Select>
        </Field>
      ))}
    </fieldset>
  )
}

/** The file's first rows as they are, in a region that scrolls sideways (and by keyboard). */
function SampleTable({ preview }: { preview: ImportPreview }) {
  const styles = useStyles()
  return (
    <div className={styles.preview} role="region" aria-label={IMPORT_TEXTS.preview} tabIndex={0}>
      <Table size="extra-small" aria-label={IMPORT_TEXTS.preview} className={styles.table}>
        <TableHeader>
          <TableRow>
            {preview.headers.map((header, i) => (
              <TableHeaderCell key={i} className={styles.cell}>
                {header}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {preview.sampleRows.map((row, r) => (
            <TableRow key={r}>
              {row.map((cell, c) => (
                <TableCell key={c} className={styles.cell}>
                  {cell}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  )
}
