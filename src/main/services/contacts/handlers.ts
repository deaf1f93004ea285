import type { HandlersFor } from '../../api/dispatch'
import type { ServiceContext } from '../context'
import { gdprHandlers } from './gdpr-handlers'
import { importHandlers } from './import-handlers'
import {
  deleteContact,
  deleteGroup,
  deleteOrganisation,
  saveContact,
  saveGroup,
  saveOrganisation,
  setGroupMembership
} from './register'
import { stampOf } from './stamp'

/** The whole register; the renderer searches and filters it in memory for instant results. */
function register(ctx: ServiceContext) {
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
