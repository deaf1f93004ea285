import { makeStyles, Text, tokens } from '@fluentui/react-components'
import type { YearReport } from '../../../../shared/domain/areas'
import type { RichText } from '../../../../shared/rich-text'
import { useSaveYearTexts } from '../../hooks/reports/useReportMutations'
import { DocumentActions } from './DocumentActions'
import { RichTextField } from './RichTextField'
import { REPORT_TEXTS as T } from './texts'

export const useSectionStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, paddingTop: tokens.spacingVerticalL, borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  heading: { margin: 0 }
})

/** Verksamhetsberättelsen: her introduction and conclusion, then Exportera and Förhandsgranska. */
export function AnnualSection({ texts }: { texts: YearReport }) {
  const styles = useSectionStyles()
  const saveTexts = useSaveYearTexts()
  const { year, kind } = texts
  const save = (field: 'introduction' | 'conclusion') => (value: RichText) => saveTexts.mutateAsync({ year, kind, [field]: value })
  return (
    <section className={styles.section} aria-labelledby="report-annual">
      <Text as="h2" id="report-annual" size={500} weight="semibold" className={styles.heading}>{T.annualHeading(year)}</Text>
      <Text as="p" className={styles.heading}>{T.annualLead}</Text>
      <RichTextField testId="annual-introduction" label={T.introduction} value={texts.introduction} save={save('introduction')} />
      <RichTextField testId="annual-conclusion" label={T.conclusion} value={texts.conclusion} save={save('conclusion')} />
      <DocumentActions year={year} kind={kind} />
    </section>
  )
}
