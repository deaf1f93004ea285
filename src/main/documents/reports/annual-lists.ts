import type { Paragraph, Table } from 'docx'
import type { ReachFigures } from '../../../shared/seminars/reach-schema'
import type { AreaFigure, YearFigures } from '../../../shared/reports/figures-schema'
import { ACTION_STATUS_LABELS, AREA_KIND_LABELS } from '../../../shared/areas/labels'
import { dataTable, heading, labelled, paragraph } from '../frame/blocks'
import type { Captions } from './blocks'
import { ANNUAL_TEXT as T } from './labels'

type Block = Paragraph | Table

/** One area's insatser as a table: what, who, from when, how it stands. */
export function actionsTable(area: AreaFigure, captions: Captions, width: number): Block[] {
  if (area.actions.length === 0) return [paragraph(T.noActions)]
  const rows = area.actions.map((a) => [a.title, a.owner, a.startDate ?? '', ACTION_STATUS_LABELS[a.status]])
  return [captions.table(T.actionsCaption(area.name), T.tableCaption), dataTable([...T.actionColumns], rows, width, [6, 3, 2, 2])]
}

export function areasSection(figures: YearFigures, captions: Captions, width: number): Block[] {
  if (figures.areas.length === 0) return [heading(2, T.areas), paragraph(T.noAreas)]
  return [
    heading(2, T.areas),
    ...figures.areas.flatMap((area) => [heading(3, area.name), labelled(T.areaKind, AREA_KIND_LABELS[area.kind]), ...actionsTable(area, captions, width)])
  ]
}

export function decisionsSection(figures: YearFigures, captions: Captions, width: number): Block[] {
  if (figures.decisions.length === 0) return [heading(2, T.decisions), paragraph(T.noDecisions)]
  const rows = figures.decisions.map((d) => [d.meetingDate, T.decisionItem(d.itemNumber, d.itemTitle), d.text])
  return [heading(2, T.decisions), captions.table(T.decisionsCaption(figures.year), T.tableCaption), dataTable([...T.decisionColumns], rows, width, [2, 4, 7])]
}

export function assignmentsSection(figures: YearFigures, captions: Captions, width: number): Block[] {
  const a = figures.assignments
  const lead = [heading(2, T.assignments), paragraph(T.assignmentsLead(a.given, a.byStatus.done))]
  if (a.given === 0) return lead
  const row = [a.given, a.byStatus.done, a.byStatus.open, a.byStatus.cancelled].map(String)
  return [...lead, captions.table(T.assignmentsCaption(figures.year), T.tableCaption), dataTable([...T.assignmentColumns], [row], width)]
}

function reachRows(r: ReachFigures): string[][] {
  const w = T.reachRows
  return [
    [w.seminarsHeld, r.seminarsHeld], [w.registrations, r.registrations], [w.attended, r.attended], [w.walkIns, r.walkIns],
    [w.noShows, r.noShows], [w.business, r.organisations.business], [w.association, r.organisations.association],
    [w.other, r.organisations.other], [w.total, r.organisations.total], [w.returning, r.returningOrganisations], [w.newContacts, r.newContacts]
  ].map(([label, n]) => [String(label), String(n)])
}

/** Seminarier: each held seminar with its reach, then the year's reach as Seminarier counts it. */
export function seminarsSection(figures: YearFigures, captions: Captions, width: number): Block[] {
  if (figures.seminars.length === 0) return [heading(2, T.seminars), paragraph(T.noSeminars)]
  const rows = figures.seminars.map((s) => [s.date, s.theme, ...[s.reach.registrations, s.reach.attended, s.reach.noShows, s.reach.organisations.total].map(String)])
  return [
    heading(2, T.seminars),
    captions.table(T.seminarsCaption(figures.year), T.tableCaption),
    dataTable([...T.seminarColumns], rows, width, [24, 40, 22, 19, 21, 34]),
    captions.table(T.reachCaption(figures.year), T.tableCaption),
    dataTable([...T.reachColumns], reachRows(figures.reach), width, [4, 1])
  ]
}
