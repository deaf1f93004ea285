import type { SenderSnapshot } from '../../../../../shared/domain/meetings'
import type { Settings } from '../../../../../shared/domain/settings'
import { senderSnapshotOf } from '../../../../../shared/domain/meetings'
import { SenderSnapshotInputSchema } from '../../../../../shared/meetings/schemas'

/*
 * The meeting's own sender, place name and Kontakt block as the form edits them:
 * one text per field, by a path such as "coordinator.email", checked with the
 * schema main checks them with, so a field error shows before anything is sent.
 */

type Group = 'sender' | 'coordinator'
export type SenderPath = `sender.${keyof SenderSnapshot['sender']}` | `coordinator.${keyof SenderSnapshot['coordinator']}` | 'placeName'

export interface SenderFieldDef {
  path: SenderPath
  label: string
  type?: 'email' | 'tel'
}

export const SENDER_FIELDS: SenderFieldDef[] = [
  { path: 'sender.administration', label: 'Förvaltning' },
  { path: 'sender.department', label: 'Avdelning' },
  { path: 'placeName', label: 'Ort i datumraden' },
  { path: 'sender.visitingAddress', label: 'Besöksadress' },
  { path: 'sender.postalAddress', label: 'Postadress' },
  { path: 'sender.phone', label: 'Telefon (växel)', type: 'tel' },
  { path: 'sender.email', label: 'Förvaltningens e-post', type: 'email' },
  { path: 'sender.web', label: 'Webbplats' },
  { path: 'coordinator.name', label: 'Kontakt: namn' },
  { path: 'coordinator.title', label: 'Kontakt: titel' },
  { path: 'coordinator.phone', label: 'Kontakt: telefon', type: 'tel' },
  { path: 'coordinator.email', label: 'Kontakt: e-post', type: 'email' }
]

export function senderValue(snapshot: SenderSnapshot, path: SenderPath): string {
  if (path === 'placeName') return snapshot.placeName
  const [group, key] = path.split('.') as [Group, string]
  return (snapshot[group] as Record<string, string>)[key] ?? ''
}

/** The snapshot with one field changed; the one given is left alone. */
export function withSenderValue(snapshot: SenderSnapshot, path: SenderPath, value: string): SenderSnapshot {
  if (path === 'placeName') return { ...snapshot, placeName: value }
  const [group, key] = path.split('.') as [Group, string]
  return { ...snapshot, [group]: { ...snapshot[group], [key]: value } }
}

/** Field errors by path ("coordinator.email"); empty when main would take it. */
export function senderErrors(snapshot: SenderSnapshot): Partial<Record<SenderPath, string>> {
  const parsed = SenderSnapshotInputSchema.safeParse(snapshot)
  if (parsed.success) return {}
  return Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join('.'), issue.message]))
}

/** True when the meeting says something else than Inställningar do now. */
export function differsFromSettings(snapshot: SenderSnapshot, settings: Settings): boolean {
  const now = senderSnapshotOf(settings)
  return SENDER_FIELDS.some((f) => senderValue(snapshot, f.path) !== senderValue(now, f.path))
}

export const SENDER_TEXTS = {
  heading: 'Avsändare och kontaktruta',
  lead: 'Hämtades från Inställningar när mötet skapades. Ändras här bara för det här mötet; ett genomfört möte behåller sina.',
  fromSettings: 'Hämta från inställningar',
  differs: 'Skiljer sig från Inställningar.',
  same: 'Samma som i Inställningar.',
  taken: 'Avsändare, ort, kontaktruta och rådets namn hämtade från Inställningar.',
  legacy: 'Mötet följer Inställningar tills du ändrar här eller det hålls.'
}
