import { addDays, parseIsoDate, toDayNumber } from '../format/dates'

/**
 * "Soon" on Översikt: within 7 days from today, the day itself counted. A week covers
 * five working days whatever the weekday, time enough to send a kallelse or a reminder
 * before the date, and short enough that the list is not filled with things weeks away.
 */
export const SOON_DAYS = 7

/** Days from `today` to `date`: 0 on the day, negative once past. */
export const daysUntil = (today: string, date: string): number => toDayNumber(parseIsoDate(date)) - toDayNumber(parseIsoDate(today))

/** From today up to and including today + SOON_DAYS. */
export const isSoon = (today: string, date: string): boolean => date >= today && date <= addDays(today, SOON_DAYS)
