import { Field, makeStyles, Select, Text, Textarea, tokens } from '@fluentui/react-components'
import { AREA_KIND_LABELS } from '../../../../../shared/areas/labels'
import { AREA_KINDS, type AreaKind, type PriorityArea } from '../../../../../shared/domain/areas'
import { formatDayMonthYear } from '../../../../../shared/format'
import { parseTypedDate } from '../../../../../shared/meetings/time'
import { autosaveText } from '../../../drafts/autosave'
import { useLeaveGuard } from '../../../navigation/useLeaveGuard'
import { TypedField } from '../../meetings/form/TypedField'
import type { AreaFormField } from './area-form'
import { DataSources } from './DataSources'
import { EDITOR_TEXTS as T } from './texts'
import { useAreaEditor } from './useAreaEditor'

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, alignSelf: 'stretch' },
  header: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalL },
  heading: { margin: 0 },
  saved: { color: tokens.colorNeutralForeground2 },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(3, minmax(180px, 1fr))', gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`, alignItems: 'start' },
  wide: { gridColumn: 'span 2' },
  full: { gridColumn: '1 / -1' }
})

const readDate = (text: string) => {
  const d = parseTypedDate(text)
  return d.ok ? T.reads(formatDayMonthYear(d.value)) : undefined
}

/** Namn, typ, beskrivning, aktivt sedan, avslutat and the data sources, saved by themselves. */
export function AreaEditor({ area }: { area: PriorityArea }) {
  const styles = useStyles()
  const editor = useAreaEditor(area)
  const { form, errors, readOnly } = editor
  useLeaveGuard(!editor.valid)
  const set = (field: AreaFormField, value: string) => editor.change({ ...form, [field]: value })
  const date = (field: 'activeSince' | 'closedOn', label: string) => (
    <TypedField label={label} value={form[field]} error={errors[field]} hint={readDate(form[field])} placeholder={T.datePlaceholder} readOnly={readOnly} testId={`area-${field}`} onChange={(v) => set(field, v)} />
  )
  return (
    <section className={styles.section} aria-labelledby="area-details-heading">
      <div className={styles.header}>
        <Text as="h2" id="area-details-heading" size={500} weight="semibold" className={styles.heading}>{T.heading}</Text>
        <Text role="status" className={styles.saved} data-testid="autosave">{autosaveText(editor.saveState)}</Text>
      </div>
      <div className={styles.grid}>
        <TypedField label={T.name} value={form.name} error={errors.name} readOnly={readOnly} className={styles.wide} testId="area-name" onChange={(v) => set('name', v)} />
        <Field label={T.kind}>
          <Select value={form.kind} disabled={readOnly} onChange={(_e, d) => editor.change({ ...form, kind: d.value as AreaKind })}>
            {AREA_KINDS.map((k) => <option key={k} value={k}>{AREA_KIND_LABELS[k]}</option>)}
          </Select>
        </Field>
        <Field label={T.description} validationMessage={errors.description} className={styles.full}>
          <Textarea value={form.description} readOnly={readOnly} resize="vertical" rows={4} onChange={(_e, d) => set('description', d.value)} />
        </Field>
        {date('activeSince', T.activeSince)}
        {date('closedOn', T.closedOn)}
        <DataSources sources={form.dataSources} readOnly={readOnly} onChange={(dataSources) => editor.change({ ...form, dataSources })} />
      </div>
    </section>
  )
}
