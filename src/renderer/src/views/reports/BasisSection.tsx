import { makeStyles, Text, tokens } from '@fluentui/react-components'
import type { YearReport } from '../../../../shared/domain/areas'
import type { AreaFigure } from '../../../../shared/reports/figures-schema'
import { ACTION_STATUS_LABELS } from '../../../../shared/areas/labels'
import type { RichText } from '../../../../shared/rich-text'
import { useSaveYearTexts } from '../../hooks/reports/useReportMutations'
import { useSectionStyles } from './AnnualSection'
import { DocumentActions } from './DocumentActions'
import { OpenQuestionsField } from './OpenQuestionsField'
import { RichTextField } from './RichTextField'
import { REPORT_TEXTS as T } from './texts'

const useStyles = makeStyles({
  area: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '720px' },
  list: { margin: 0 }
})

function AreaBlock({ area, texts, save }: { area: AreaFigure; texts: YearReport; save(text: string): Promise<unknown> }) {
  const styles = useStyles()
  const stored = texts.openQuestions.find((q) => q.areaId === area.areaId)?.text ?? ''
  return (
    <div className={styles.area} data-testid="basis-area">
      <Text as="h3" size={400} weight="semibold">{area.name}</Text>
      <Text>{T.observations(area.observations.length)}</Text>
      {area.observations.length > 0 ? (
        <ul className={styles.list}>{area.observations.map((o, i) => <li key={`${o.meetingId}-${i}`}>{`${o.meetingDate}: ${o.text}`}</li>)}</ul>
      ) : null}
      <Text>{T.actions(area.actions.length)}</Text>
      {area.actions.length > 0 ? (
        <ul className={styles.list}>{area.actions.map((a) => <li key={a.actionId}>{`${a.title} – ${ACTION_STATUS_LABELS[a.status]}`}</li>)}</ul>
      ) : null}
      <OpenQuestionsField label={T.openQuestions(area.name)} value={stored} save={save} />
    </div>
  )
}

/** Underlaget: her introduction, then per active area its insatser and her open questions. */
export function BasisSection({ texts, areas }: { texts: YearReport; areas: readonly AreaFigure[] }) {
  const styles = useSectionStyles()
  const saveTexts = useSaveYearTexts()
  const { year, kind } = texts
  const saveIntroduction = (value: RichText) => saveTexts.mutateAsync({ year, kind, introduction: value })
  const saveQuestions = (areaId: string) => (text: string) => saveTexts.mutateAsync({ year, kind, openQuestions: [{ areaId, text }] })
  return (
    <section className={styles.section} aria-labelledby="report-basis">
      <Text as="h2" id="report-basis" size={500} weight="semibold" className={styles.heading}>{T.basisHeading(year)}</Text>
      <Text as="p" className={styles.heading}>{T.basisLead}</Text>
      <RichTextField testId="basis-introduction" label={T.introduction} value={texts.introduction} save={saveIntroduction} />
      {areas.length === 0 ? <Text as="p">{T.noAreas}</Text> : null}
      {areas.map((a) => <AreaBlock key={a.areaId} area={a} texts={texts} save={saveQuestions(a.areaId)} />)}
      <DocumentActions year={year} kind={kind} />
    </section>
  )
}
