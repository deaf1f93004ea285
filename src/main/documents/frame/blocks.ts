import {
  HeadingLevel,
  LeaderType,
  Paragraph,
  ShadingType,
  Tab,
  TabStopType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild
} from 'docx'
import { TABLE_HEADER_TINT } from './measures'
import { hasText, textRuns } from './runs'
import { STYLE } from './styles'

/** Printed in a table cell that has no value (docs/formats.md §2: no empty cells). */
export const EMPTY_CELL = '\u2013'

export function heading(level: 1 | 2 | 3, text: string, extra: { numbering?: { reference: string; level: number; instance: number } } = {}): Paragraph {
  const levels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const
  return new Paragraph({ heading: levels[level], children: textRuns(hasText(text) ? text : EMPTY_CELL), ...extra })
}

export function paragraph(text: string): Paragraph {
  return new Paragraph({ children: textRuns(text) })
}

/** "Tid: …" — a bold label and its value in one paragraph; never a layout table. */
export function labelled(label: string, value: string | ParagraphChild[]): Paragraph {
  const rest = typeof value === 'string' ? textRuns(value) : value
  return new Paragraph({ style: STYLE.fact, children: [...textRuns(`${label}:`, { bold: true }), ...textRuns(' '), ...rest] })
}

/** A bold label on its own line, kept with what follows (a table or a list). */
export function label(text: string): Paragraph {
  return new Paragraph({ style: STYLE.label, children: textRuns(`${text}:`, { bold: true }) })
}

/** Where the line to sign on ends: 8 cm, about half the text width. */
const SIGNATURE_WIDTH = 4536

/**
 * A line to sign on with the printed name under it. The line is a tab filled by
 * an underscore leader: paragraph borders would merge into one box when several
 * signature paragraphs follow each other.
 */
export function signatureLine(text: string): Paragraph {
  return new Paragraph({
    style: STYLE.signature,
    tabStops: [{ type: TabStopType.LEFT, position: SIGNATURE_WIDTH, leader: LeaderType.UNDERSCORE }],
    children: [new TextRun({ children: [new Tab()] }), new TextRun({ break: 1 }), ...textRuns(text)]
  })
}

function cell(text: string, isHeader: boolean, width: number): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: isHeader ? { type: ShadingType.CLEAR, fill: TABLE_HEADER_TINT, color: 'auto' } : undefined,
    children: [
      new Paragraph({ style: STYLE.tableText, children: textRuns(hasText(text) ? text : EMPTY_CELL, { bold: isHeader }) })
    ]
  })
}

/**
 * A data table: one marked header row that repeats on every page, no merged
 * cells, "–" in empty cells. `widths` are relative weights of the text width.
 */
export function dataTable(headers: string[], rows: string[][], totalWidth: number, widths?: number[]): Table {
  const weights = widths ?? headers.map(() => 1)
  const sum = weights.reduce((a, b) => a + b, 0)
  const columns = weights.map((w) => Math.floor((totalWidth * w) / sum))
  const row = (texts: string[], isHeader: boolean) =>
    new TableRow({
      tableHeader: isHeader,
      cantSplit: true,
      children: headers.map((_, i) => cell(texts[i] ?? '', isHeader, columns[i]))
    })
  return new Table({
    width: { size: totalWidth, type: WidthType.DXA },
    columnWidths: columns,
    layout: TableLayoutType.FIXED,
    rows: [row(headers, true), ...rows.map((r) => row(r, false))]
  })
}
