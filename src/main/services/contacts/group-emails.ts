import type { GroupEmails } from '../../../shared/contract/contacts'
import { swedishCollator } from '../../../shared/contacts/normalise'
import type { Database } from '../../../shared/domain/database'
import type { HandlersFor } from '../../api/dispatch'
import { notFound } from '../../api/errors'

/**
 * A group's addresses for Outlook's To line: "a@x.se; b@y.se" (Outlook separates with a
 * semicolon), each address once, in name order; members without an address are named
 * so she can reach them another way.
 */
export function groupEmails(db: Readonly<Database>, groupId: string): GroupEmails {
  if (!db.groups.some((g) => g.id === groupId)) throw notFound('Gruppen')
  const members = db.contacts
    .filter((c) => c.groupIds.includes(groupId))
    .sort((a, b) => swedishCollator.compare(a.name, b.name))
  const seen = new Set<string>()
  const addresses: string[] = []
  for (const c of members) {
    const address = c.email.trim()
    if (address === '' || seen.has(address.toLowerCase())) continue
    seen.add(address.toLowerCase())
    addresses.push(address)
  }
  return { text: addresses.join('; '), count: addresses.length, missing: members.filter((c) => c.email.trim() === '').map((c) => c.name) }
}

export const groupsHandlers: HandlersFor<'groups.'> = {
  'groups.copyEmails': ({ groupId }, ctx) => {
    const result = groupEmails(ctx.store.read(), groupId)
    if (result.count > 0) ctx.desktop.writeClipboardText(result.text)
    return result
  }
}
