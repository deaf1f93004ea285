import { makeStyles, tokens } from '@fluentui/react-components'
import { QueryStatus } from '../../components/QueryStatus'
import { ViewPage } from '../../components/ViewPage'
import { useReportYears, useYearFigures, useYearTexts } from '../../hooks/reports/useReports'
import { useNavigation } from '../../navigation/NavigationContext'
import type { ViewProps } from '../../navigation/views'
import { AnnualSection } from './AnnualSection'
import { BasisSection } from './BasisSection'
import { FiguresSection } from './FiguresSection'
import { YearPicker } from './YearPicker'
import { REPORT_TEXTS as T } from './texts'

const useStyles = makeStyles({ page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL } })

/** "2019" from #/reports/2019; anything else is no year. */
export const yearParam = (param: string | undefined): number | null => (param && /^\d{4}$/.test(param) ? Number(param) : null)

/** One year's figures and both yearly documents; keyed by year so every field starts from that year's texts. */
function YearReports({ year }: { year: number }) {
  const styles = useStyles()
  const figures = useYearFigures(year)
  const annual = useYearTexts(year, 'annualReport')
  const basis = useYearTexts(year, 'situationBasis')
  return (
    <div className={styles.page}>
      <QueryStatus query={figures} what={T.loading}>{(f) => <FiguresSection figures={f} />}</QueryStatus>
      <QueryStatus query={annual} what={T.loading}>{(t) => <AnnualSection texts={t} />}</QueryStatus>
      <QueryStatus query={basis} what={T.loading}>
        {(t) => <QueryStatus query={figures} what={T.loading}>{(f) => <BasisSection texts={t} areas={f.areas} />}</QueryStatus>}
      </QueryStatus>
    </div>
  )
}

/** Rapporter: #/reports is this year, #/reports/<år> that year. */
export function ReportsView({ params }: ViewProps) {
  const years = useReportYears()
  const { navigate } = useNavigation()
  return (
    <QueryStatus query={years} what={T.loading}>
      {(y) => {
        const year = yearParam(params[0]) ?? y.current
        return (
          <ViewPage title={T.title} description={T.description} actions={<YearPicker years={y.years} year={year} onPick={(n) => navigate('reports', String(n))} />}>
            <YearReports key={year} year={year} />
          </ViewPage>
        )
      }}
    </QueryStatus>
  )
}

