import type { Migration, MigrationContext } from './types'
import { V1DatabaseSchema, type V1Database } from './v1'

/**
 * Group names from v1 that become the built-in groups. "Lokala BRÅ" was how
 * coordinators named the council's standing invitee list; the rest become the
 * coordinator's own groups (kind 'custom'). Each built-in kind is given once.
 */
const BUILT_IN_GROUPS: Record<string, 'councilInvitees' | 'business' | 'associations'> = {
  'lokala brå': 'councilInvitees',
  kallade: 'councilInvitees',
  näringsliv: 'business',
  föreningsliv: 'associations'
}

interface Named {
  id: string
  name: string
  kind: string
  createdAt: string
  updatedAt: string
}

/** Finds or creates one record per distinct name (case-insensitive, trimmed). */
function registry(ctx: MigrationContext, kindOf: (name: string) => string) {
  const byKey = new Map<string, Named>()
  const idFor = (raw: string): string | null => {
    const name = raw.trim()
    if (name === '') return null
    const key = name.toLocaleLowerCase('sv')
    let found = byKey.get(key)
    if (!found) {
      found = { id: ctx.newId(), name, kind: kindOf(key), createdAt: ctx.now, updatedAt: ctx.now }
      byKey.set(key, found)
    }
    return found.id
  }
  return { idFor, all: () => [...byKey.values()] }
}

function groupKinds(): (key: string) => string {
  const used = new Set<string>()
  return (key) => {
    const kind = BUILT_IN_GROUPS[key]
    if (!kind || used.has(kind)) return 'custom'
    used.add(kind)
    return kind
  }
}

function migrate(v1: V1Database, ctx: MigrationContext): Record<string, unknown> {
  const organisations = registry(ctx, () => 'other')
  const groups = registry(ctx, groupKinds())
  const contacts = v1.contacts.map(({ organisation, groups: groupNames, ...rest }) => {
    const groupIds = groupNames.map(groups.idFor).filter((id): id is string => id !== null)
    return { ...rest, organisationId: organisations.idFor(organisation), groupIds: [...new Set(groupIds)] }
  })
  // v1 printed every meeting with today's settings; freeze them as they stand at upgrade time.
  const meetings = v1.meetings.map((meeting) => ({
    ...meeting,
    sender: structuredClone(v1.settings.sender),
    placeName: v1.settings.placeName
  }))
  return {
    ...v1,
    schemaVersion: 2,
    organisations: organisations.all(),
    groups: groups.all(),
    contacts,
    meetings
  }
}

export const v1ToV2: Migration = {
  from: 1,
  migrate: (data, ctx) => migrate(V1DatabaseSchema.parse(data), ctx)
}
