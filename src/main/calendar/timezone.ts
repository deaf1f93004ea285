import ICAL from 'ical.js'

export const STOCKHOLM_TZID = 'Europe/Stockholm'

/**
 * Europe/Stockholm as a VTIMEZONE: the EU rule in force since 1996 (summer time from
 * 02:00 local on the last Sunday of March to 03:00 local on the last Sunday of
 * October). ical.js carries no time zone data, and Outlook needs the definition in
 * the file to place a TZID'd time, so it is written out here.
 */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${STOCKHOLM_TZID}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE'
].join('\r\n')

/** A fresh VTIMEZONE component to add to a calendar. */
export function stockholmTimezone(): ICAL.Component {
  return ICAL.Component.fromString(VTIMEZONE)
}
