import type { ProgramLine } from '../../../../../shared/domain/seminars'
import { addMinutes, minutesOfDay, parseTypedTime } from '../../../../../shared/meetings/time'

/** A program line as the editor holds it: an id to move it by, the time as typed, the item as `title` (the agenda moves' word). */
export interface ProgramRow {
  id: string
  time: string
  title: string
  speaker: string
}

const DEFAULT_MINUTES = 15
const shown = (time: string) => time.replace(':', '.')

export const rowsOf = (program: readonly ProgramLine[], newId: () => string): ProgramRow[] =>
  program.map((line) => ({ id: newId(), time: shown(line.time), title: line.item, speaker: line.speaker }))

const readTime = (text: string): string | null => {
  const t = parseTypedTime(text)
  return t.ok ? t.value : null
}

/**
 * The time offered for the line at `index`: as long after the nearest earlier timed line
 * as that one came after its own predecessor (or 15 minutes), or the seminar's start.
 */
export function suggestTime(rows: readonly ProgramRow[], index: number, seminarStart: string): string {
  const earlier = rows.slice(0, Math.max(index, 0)).map((r) => readTime(r.time)).filter((t): t is string => t !== null)
  const last = earlier.at(-1)
  if (!last) return seminarStart
  const before = earlier.at(-2)
  const step = before ? minutesOfDay(last) - minutesOfDay(before) : DEFAULT_MINUTES
  return addMinutes(last, step > 0 ? step : DEFAULT_MINUTES)
}

/** Where a line's time is out of order: it comes before the line above it. */
export function outOfOrder(rows: readonly ProgramRow[]): Set<string> {
  const out = new Set<string>()
  let previous: string | null = null
  for (const row of rows) {
    const t = readTime(row.time)
    if (t && previous && minutesOfDay(t) < minutesOfDay(previous)) out.add(row.id)
    if (t) previous = t
  }
  return out
}

/** The lines to store, or null while one has no item or its time does not read (the form says which). */
export function programOf(rows: readonly ProgramRow[]): ProgramLine[] | null {
  const lines: ProgramLine[] = []
  for (const row of rows) {
    const time = readTime(row.time)
    if (!time || row.title.trim() === '') return null
    lines.push({ time, item: row.title.trim(), speaker: row.speaker.trim() })
  }
  return lines
}
