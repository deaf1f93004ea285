import { Field, Select } from '@fluentui/react-components'
import { REPORT_TEXTS as T } from './texts'

interface Props {
  years: readonly number[]
  year: number
  onPick(year: number): void
}

/** Which year the figures and the documents are for. */
export function YearPicker({ years, year, onPick }: Props) {
  const shown = years.includes(year) ? years : [year, ...years].sort((a, b) => b - a)
  return (
    <Field label={T.year} orientation="horizontal">
      <Select value={String(year)} onChange={(_e, d) => onPick(Number(d.value))} data-testid="report-year">
        {shown.map((y) => <option key={y} value={String(y)}>{y}</option>)}
      </Select>
    </Field>
  )
}
