import type { HandlersFor } from '../../api/dispatch'
import { notFound } from '../../api/errors'
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

/** The register as the list shows it; the renderer searches and filters it in memory for instant results. */
function register(ctx: ServiceContext) {
  const { contacts, organisations, groups } = ctx.store.read()
  const rows = contacts.map(({ id, name, title, organisationId, email, phone, groupIds }) => ({ id, name, title, organisationId, email, phone, groupIds }))
  return { contacts: rows, organisations, groups }
}

function contactById(ctx: ServiceContext, id: string) {
  const contact = ctx.store.read().contacts.find((c) => c.id === id)
  if (!contact) throw notFound('Kontakten')
  return contact
}

export const contactsHandlers: HandlersFor<'contacts.'> = {
  'contacts.list': (_input, ctx) => register(ctx),
  'contacts.get': ({ id }, ctx) => contactById(ctx, id),
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
