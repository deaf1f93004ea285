import type { ErasureSummary } from '../../../shared/contract/contacts'

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`

/** The erasure in plain Swedish: what is removed, what is kept and why, and what backups still hold. */
export function describeErasure(c: ErasureSummary['counts'], backupsUntil: string): { removed: string[]; kept: string[] } {
  const removed = ['Kontaktuppgifterna i registret (namn, titel, e-post, telefon och anteckningar)']
  if (c.groupMemberships > 0) removed.push(`Medlemskap i ${plural(c.groupMemberships, 'grupp', 'grupper')}`)
  if (c.registrations > 0) {
    removed.push(`${plural(c.registrations, 'seminarieanmälan', 'seminarieanmälningar')}, med eventuell specialkost`)
  }
  if (c.plannedMeetingInvitations > 0) {
    removed.push(`Platsen bland de kallade till ${plural(c.plannedMeetingInvitations, 'planerat möte', 'planerade möten')}`)
  }
  if (c.unlinkedErased > 0) {
    removed.push(`${plural(c.unlinkedErased, 'inskriven uppgift', 'inskrivna uppgifter')} utan koppling till registret, som du valt nedan`)
  }
  const kept = [
    c.heldMeetingsKept > 0
      ? `Namnet och rollen står kvar i ${plural(c.heldMeetingsKept, 'hållet möte', 'hållna möten')} (kallade och närvaro, allmänna handlingar); e-postadressen tas bort där, och minnesanteckningarnas text ändras inte`
      : 'Hållna mötens minnesanteckningar ändras aldrig (allmänna handlingar); personen finns inte med i några sådana'
  ]
  if (c.assignmentsUnlinked > 0) {
    kept.push(
      `${plural(c.assignmentsUnlinked, 'uppdrag', 'uppdrag')} finns kvar; från hållna möten med ansvarigs namn som det skrevs, från planerade möten utan ansvarig`
    )
  }
  if (c.actionsUnlinked > 0) {
    kept.push(
      `${plural(c.actionsUnlinked, 'insats', 'insatser')} finns kvar; beslutade vid hållna möten med ansvarigs namn som det skrevs, övriga utan ansvarig`
    )
  }
  kept.push(
    `Säkerhetskopiorna i datamappen innehåller fortfarande uppgifterna till och med ${backupsUntil}; därefter tas de bort automatiskt`
  )
  return { removed, kept }
}
