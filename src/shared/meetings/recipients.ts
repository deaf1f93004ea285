import type { Invitee } from '../domain/meetings'
import { EmailSchema } from '../domain/primitives'

/** Who a kallelse e-mail can reach, and who must be told some other way. */
export interface Recipients {
  withAddress: { name: string; email: string }[]
  /** Invitees with no address, or one that is not an address: named before she sends, never dropped silently. */
  withoutAddress: string[]
}

const isAddress = (email: string) => email.trim() !== '' && EmailSchema.safeParse(email).success

/** Splits invitees by whether they have a usable e-mail address; the same address only once. */
export function recipientsOf(invitees: readonly Pick<Invitee, 'name' | 'email'>[]): Recipients {
  const seen = new Set<string>()
  const result: Recipients = { withAddress: [], withoutAddress: [] }
  for (const { name, email } of invitees) {
    const address = email.trim()
    if (!isAddress(address)) {
      result.withoutAddress.push(name)
      continue
    }
    if (seen.has(address.toLowerCase())) continue
    seen.add(address.toLowerCase())
    result.withAddress.push({ name, email: address })
  }
  return result
}

/** "3 kallade saknar e-postadress", or null when everyone has one. */
export function missingAddressText(recipients: Recipients): string | null {
  const n = recipients.withoutAddress.length
  if (n === 0) return null
  return n === 1 ? '1 kallad saknar e-postadress' : `${n} kallade saknar e-postadress`
}

/** The addresses for "Kopiera e-postadresser": separated by semicolons, as Outlook wants. */
export function outlookAddressList(recipients: Recipients): string {
  return recipients.withAddress.map((r) => r.email).join('; ')
}

/** Where she sets her own address: a planned meeting with its own sender snapshot has it there, not in Inställningar. */
export const SENDER_IN_SETTINGS = 'under Inställningar'
export const SENDER_IN_MEETING = 'i mötets Avsändare och kontaktruta'

export function senderPlace(meeting: { heldWith: unknown; senderSnapshot?: unknown }): string {
  return meeting.heldWith == null && meeting.senderSnapshot != null ? SENDER_IN_MEETING : SENDER_IN_SETTINGS
}

/**
 * Why a kallelse cannot be sent yet, or null: she is the sender (From) and the
 * calendar's organizer, so her own address must be set where the sender comes from.
 */
export function senderProblem(coordinator: { email: string }, where: string = SENDER_IN_SETTINGS): string | null {
  return isAddress(coordinator.email.trim()) ? null : `Fyll i din e-postadress ${where}: den blir avsändare och organisatör för kallelsen.`
}
