import { BUILT_IN_GROUPS } from '../../../shared/contacts/labels'
import type { HandlersFor } from '../../api/dispatch'
import type { ServiceContext } from '../context'
import { gdprHandlers } from './gdpr-handlers'
import { importHandlers } from './import-handlers'
import {
  deleteContact,
  deleteGroup,
  deleteOrganisation,
  ensureBuiltInGroups,
  saveContact,
  saveGroup,
  saveOrganisation,
  setGroupMembership
} from './register'
import { stampOf } from './stamp'

async function register(ctx: ServiceContext) {
  const stamp = stampOf(ctx)
  // The built-in groups are created on first use rather than at install, so older data
  // files get them too; this writes only when one is missing.
  const { groups: stored } = ctx.store.read()
  if (BUILT_IN_GROUPS.some((b) => !stored.some((g) => g.kind === b.kind))) {
    // A register that cannot be written (read-only folder) must still be readable.
    await ctx.store.update((db) => ensureBuiltInGroups(db, stamp)).catch(() => ctx.log.warn('built-in groups not saved'))
  }
  const { contacts, organisations, groups } = ctx.store.read()
  return { contacts, organisations, groups }
}

export const contactsHandlers: HandlersFor<'contacts.'> = {
  'contacts.list': (_input, ctx) => register(ctx),
  'contacts.save': (input, ctx) => ctx.store.update((db) => saveContact(db, input, stampOf(ctx))),
  'contacts.delete': async ({ id }, ctx) => {
    await ctx.store.update((db) => deleteContact(db, id))
    return null
  },
  'contacts.saveOrganisation': (input, ctx) => ctx.store.update((db) => saveOrganisation(db, input, stampOf(ctx))),
  'contacts.deleteOrganisation': async ({ id }, ctx) => {
    await ctx.store.update((db) => deleteOrganisation(db, id, stampOf(ctx).now))
    return null
  },
  'contacts.saveGroup': (input, ctx) => ctx.store.update((db) => saveGroup(db, input, stampOf(ctx))),
  'contacts.deleteGroup': async ({ id }, ctx) => {
    await ctx.store.update((db) => deleteGroup(db, id, stampOf(ctx).now))
    return null
  },
  'contacts.addToGroup': async ({ groupId, contactIds }, ctx) => {
    await ctx.store.update((db) => setGroupMembership(db, groupId, contactIds, true, stampOf(ctx).now))
    return null
  },
  'contacts.removeFromGroup': async ({ groupId, contactIds }, ctx) => {
    await ctx.store.update((db) => setGroupMembership(db, groupId, contactIds, false, stampOf(ctx).now))
    return null
  },
  ...importHandlers,
  ...gdprHandlers
}
