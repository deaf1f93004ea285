import { Button, Input, makeStyles, Select, Text, tokens } from '@fluentui/react-components'
import { Add20Regular, ArrowDown20Regular, ArrowUp20Regular, Delete20Regular } from '@fluentui/react-icons'
import { useState } from 'react'
import type { Settings } from '../../../../shared/domain/settings'
import { AGENDA_ITEM_KINDS } from '../../../../shared/domain/meetings'
import { autosaveText } from '../../drafts/autosave'
import { useAutosave } from '../../drafts/useAutosave'
import { useSettings } from '../../hooks/settings/useSettings'
import { useUpdateSettings } from '../../hooks/settings/useSettingsMutations'
import { AGENDA_KIND_LABELS } from '../meetings/agenda/texts'
import { AGENDA_TEMPLATE_TEXTS as T, moveRow, type TemplateRow } from './agenda-template'

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalXL, borderRadius: tokens.borderRadiusLarge, backgroundColor: tokens.colorNeutralBackground1, boxShadow: tokens.shadow4 },
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'grid', gridTemplateColumns: '24px minmax(240px, 1fr) 160px auto', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  saved: { color: tokens.colorNeutralForeground2 }
})

/** Dagordningsmall: the agenda every new meeting starts with; saved by itself as she edits. */
export function AgendaTemplateSection() {
  const settings = useSettings()
  return settings.data ? <TemplateEditor stored={settings.data.agendaTemplate} /> : null
}

function TemplateEditor({ stored }: { stored: Settings['agendaTemplate'] }) {
  const styles = useStyles()
  const [rows, setRows] = useState<TemplateRow[]>(() => stored.map((item, i) => ({ ...item, key: `r${i}` })))
  const update = useUpdateSettings()
  const autosave = useAutosave((template: Settings['agendaTemplate']) => update.mutateAsync({ agendaTemplate: template }))
  const change = (next: TemplateRow[]) => {
    setRows(next)
    const filled = next.filter((r) => r.title.trim() !== '').map(({ title, kind }) => ({ title: title.trim(), kind }))
    autosave.change(filled)
  }
  const set = (i: number, row: Partial<TemplateRow>) => change(rows.map((r, j) => (j === i ? { ...r, ...row } : r)))
  return (
    <section className={styles.root} aria-labelledby="agenda-template-heading">
      <Text as="h2" id="agenda-template-heading" size={500} weight="semibold">{T.heading}</Text>
      <Text as="p">{T.description}</Text>
      <ol className={styles.list} data-testid="agenda-template">
        {rows.map((row, i) => (
          <li key={row.key} className={styles.row}>
            <Text>{i + 1}.</Text>
            <Input aria-label={T.title(i + 1)} value={row.title} readOnly={autosave.readOnly} onChange={(_e, d) => set(i, { title: d.value })} />
            <Select aria-label={T.kind(i + 1)} value={row.kind} disabled={autosave.readOnly} onChange={(_e, d) => set(i, { kind: d.value as TemplateRow['kind'] })}>
              {AGENDA_ITEM_KINDS.map((k) => <option key={k} value={k}>{AGENDA_KIND_LABELS[k]}</option>)}
            </Select>
            <RowButtons index={i} count={rows.length} onMove={(d) => change(moveRow(rows, i, d))} onRemove={() => change(rows.filter((_, j) => j !== i))} />
          </li>
        ))}
      </ol>
      <div>
        <Button type="button" icon={<Add20Regular />} disabledFocusable={autosave.readOnly} onClick={() => change([...rows, { key: `n${Date.now()}`, title: '', kind: 'information' }])}>{T.add}</Button>
      </div>
      <Text role="status" className={styles.saved}>{autosaveText(autosave.state)}</Text>
    </section>
  )
}

function RowButtons({ index, count, onMove, onRemove }: { index: number; count: number; onMove(d: -1 | 1): void; onRemove(): void }) {
  return (
    <span>
      <Button type="button" appearance="subtle" icon={<ArrowUp20Regular />} aria-label={T.up(index + 1)} disabledFocusable={index === 0} onClick={() => onMove(-1)} />
      <Button type="button" appearance="subtle" icon={<ArrowDown20Regular />} aria-label={T.down(index + 1)} disabledFocusable={index === count - 1} onClick={() => onMove(1)} />
      <Button type="button" appearance="subtle" icon={<Delete20Regular />} aria-label={T.remove(index + 1)} onClick={onRemove} />
    </span>
  )
}
