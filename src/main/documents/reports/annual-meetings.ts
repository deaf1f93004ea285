import type { Paragraph, Table } from 'docx'
import type { YearFigures } from '../../../shared/reports/figures-schema'
import { shortDayMonth } from '../../../shared/reports/labels'
import { dataTable, heading, paragraph } from '../frame/blocks'
import { chartParagraph, type Captions, type ChartImage } from './blocks'
import { barChartSvg, CHART_SIZE } from './chart/svg'
import type { RenderPng } from './chart/raster'
import { ANNUAL_TEXT as T } from './labels'

type Block = Paragraph | Table

/** The chart is drawn at twice its printed size, so it stays sharp when printed. */
const CHART_PIXELS = CHART_SIZE.width * 2

/** Attended per meeting as a bar chart, with alt text that gives the same numbers. */
export async function attendanceChart(figures: YearFigures, tableNumber: number, renderPng: RenderPng): Promise<ChartImage> {
  const bars = figures.meetings.map((m) => ({ label: shortDayMonth(m.date), value: m.attended }))
  const png = await renderPng(barChartSvg({ valueLabel: T.meetingColumns[1], bars }), CHART_PIXELS)
  const words = figures.meetings.map((m) => `${m.date} ${m.attended}`).join(', ')
  return { png, width: CHART_SIZE.width, height: CHART_SIZE.height, name: T.chartName, altText: T.chartAlt(figures.year, words, tableNumber) }
}

function attendanceTable(figures: YearFigures, captions: Captions, width: number): Block[] {
  if (figures.attendance.length === 0) return [paragraph(T.noAttendance)]
  // ISO dates need 2.6 cm a column; with more meetings than fit, the short "12 feb" (the year is in the caption).
  const isoFits = figures.meetings.length <= 4
  const dateWidth = isoFits ? 26 : 17
  const headers = [T.organisation, ...figures.meetings.map((m) => (isoFits ? m.date : shortDayMonth(m.date))), T.total]
  const rows = figures.attendance.map((r) => [r.organisation, ...r.perMeeting.map(String), String(r.total)])
  const totals = [T.total, ...figures.meetings.map((m) => String(m.attended)), String(figures.meetings.reduce((s, m) => s + m.attended, 0))]
  return [
    heading(3, T.attendance),
    captions.table(T.attendanceCaption(figures.year), T.tableCaption),
    dataTable(headers, [...rows, totals], width, [Math.max(30, 160 - dateWidth * figures.meetings.length - 20), ...figures.meetings.map(() => dateWidth), 20])
  ]
}

/** Möten: how many, the dates with how many came (a table and the same numbers as a chart), and who came. */
export async function meetingsSection(figures: YearFigures, captions: Captions, width: number, renderPng: RenderPng): Promise<Block[]> {
  const lead = [heading(2, T.meetings), paragraph(T.meetingsLead(figures.meetings.length, figures.year))]
  if (figures.meetings.length === 0) return lead
  const tableNumber = captions.nextTable
  const meetingsTable = [
    captions.table(T.meetingsCaption(figures.year), T.tableCaption),
    dataTable([...T.meetingColumns], figures.meetings.map((m) => [m.date, String(m.attended)]), width, [1, 1])
  ]
  const chart = await attendanceChart(figures, tableNumber, renderPng)
  return [
    ...lead,
    ...meetingsTable,
    chartParagraph(chart, width),
    captions.figure(T.chartCaption(figures.year), T.figureCaption),
    ...attendanceTable(figures, captions, width)
  ]
}
