const stockholmDate = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit'
})

/** Today's ISO date in Stockholm, whatever time zone the laptop is set to. */
export function stockholmToday(now: Date): string {
  return stockholmDate.format(now)
}
