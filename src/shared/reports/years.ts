import { stockholmIsoDate } from '../format/dates'
import { yearOfDate, type ReportSource } from './source'

/** The years she can report on: any with a held meeting or seminar, and this year; newest first. */
export function reportYears(source: Pick<ReportSource, 'meetings' | 'seminars'>, now: Date): { years: number[]; current: number } {
  const current = yearOfDate(stockholmIsoDate(now))
  const held = [...source.meetings, ...source.seminars].filter((r) => r.status === 'held').map((r) => yearOfDate(r.date))
  return { years: [...new Set([current, ...held])].sort((a, b) => b - a), current }
}
