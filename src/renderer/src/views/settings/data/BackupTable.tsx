import { Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components'
import type { BackupEntry } from '../../../../../shared/contract/backups'
import { countsText, DATA_TEXTS, KIND_TEXTS, savedAtText, sizeText } from './texts'

interface Props {
  backups: BackupEntry[]
  busy: boolean
  onRestore(entry: BackupEntry): void
}

/** The backups, newest first: when, what kind, how big, what each holds, and "Återställ den här". */
export function BackupTable({ backups, busy, onRestore }: Props) {
  if (backups.length === 0) return <Text as="p">{DATA_TEXTS.none}</Text>
  const c = DATA_TEXTS.columns
  return (
    <Table aria-label={DATA_TEXTS.tableLabel} size="small" data-testid="backup-table">
      <TableHeader>
        <TableRow>
          {[c.savedAt, c.kind, c.size, c.holds, c.action].map((h) => (
            <TableHeaderCell key={h}>{h}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {backups.map((b) => (
          <TableRow key={b.name}>
            <TableCell>{savedAtText(b)}</TableCell>
            <TableCell>{KIND_TEXTS[b.kind]}</TableCell>
            <TableCell>{sizeText(b.sizeBytes)}</TableCell>
            <TableCell>{b.counts ? countsText(b.counts) : DATA_TEXTS.unreadable}</TableCell>
            <TableCell>
              <Button size="small" disabled={busy || !b.counts} aria-label={`${DATA_TEXTS.restoreThis}: ${savedAtText(b)}`} onClick={() => onRestore(b)}>
                {DATA_TEXTS.restoreThis}
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  )
}
