/*
 * The contract's names as plain lists, for the sandboxed preload: it forwards calls and
 * events by name and must not bundle zod or the schemas (src/shared/contract/index.ts
 * checks at compile time that these lists are exactly the contract's keys).
 */

export const METHOD_NAMES = [
  'app.getInfo',
  'app.acknowledgeStartup',
  'app.getOverview',
  'app.openDataFolder',
  'app.draftsFlushed',
  'settings.get',
  'settings.update',
  'settings.chooseLogo',
  'settings.clearLogo',
  'settings.getLogoPreview',
  'contacts.list',
  'contacts.get',
  'contacts.save',
  'contacts.delete',
  'contacts.saveOrganisation',
  'contacts.deleteOrganisation',
  'contacts.saveGroup',
  'contacts.deleteGroup',
  'contacts.addToGroup',
  'contacts.removeFromGroup',
  'contacts.importOpen',
  'contacts.importAnalyse',
  'contacts.importCommit',
  'contacts.importCancel',
  'contacts.importUndo',
  'contacts.export',
  'contacts.extract',
  'contacts.erasePreview',
  'contacts.erase',
  'organisations.save',
  'organisations.merge',
  'organisations.delete',
  'groups.copyEmails',
  'meetings.list',
  'meetings.get',
  'meetings.newDraft',
  'meetings.create',
  'meetings.update',
  'meetings.markHeld',
  'meetings.cancel',
  'meetings.delete',
  'meetings.busySlots',
  'meetings.recentPlaces',
  'meetings.followUps',
  'meetings.refreshInvitees',
  'meetings.yearPlanPreview',
  'meetings.yearPlanCreate',
  'meetings.saveYearPlanIcs',
  'meetings.previewKallelse',
  'meetings.saveKallelse',
  'meetings.saveInvitation',
  'meetings.sendKallelse',
  'meetings.copyEmails',
  'documents.previewMinutes',
  'documents.saveMinutes',
  'files.open',
  'files.showInFolder'
] as const

export const EVENT_NAMES = ['app.command', 'app.beforeQuit', 'app.updateReady'] as const

/** The single IPC channel for calls; the method name travels as the first argument. */
export const API_CHANNEL = 'samverkan:api'

/** The single IPC channel from main to the window; the event name travels first. */
export const EVENT_CHANNEL = 'samverkan:event'
