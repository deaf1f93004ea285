import { stockholmWallClock } from '../../../../shared/format/dates'

/** "2019-03-01 kl. 10.42": a stored instant as she reads it, in Stockholm time. */
export function formatStamp(iso: string): string {
  const { date, time } = stockholmWallClock(new Date(iso))
  return `${date} kl. ${time.slice(0, 5).replace(':', '.')}`
}
