import type { HandlersFor } from '../../api/dispatch'
import { busySlotsOf, followUpsOf, recentPlaces, refreshInvitees } from './planning'
import { createMeeting, updateMeeting } from './edit'
import { insertAgendaText } from './insert-text'
import { copyEmails, previewKallelse, saveInvitation, saveKallelse, saveYearPlanIcs } from './exports'
import { meetingDraft } from './new-meeting'
import { meetingOut, newestFirst, summarizeMeeting } from './records'
import { sendKallelse } from './send'
import { cancelMeeting, deleteMeeting, markHeld } from './status'
import { createYearPlan, previewYearPlan } from './year-plan'

export const meetingsHandlers: HandlersFor<'meetings.'> = {
  'meetings.list': (_input, ctx) => [...ctx.store.read().meetings].sort(newestFirst).map(summarizeMeeting),
  'meetings.get': ({ id }, ctx) => meetingOut(ctx, id),
  'meetings.newDraft': ({ fromId }, ctx) => meetingDraft(ctx.store.read(), fromId),
  'meetings.create': (input, ctx) => createMeeting(ctx, input),
  'meetings.update': ({ id, patch }, ctx) => updateMeeting(ctx, id, patch),
  'meetings.markHeld': ({ id }, ctx) => markHeld(ctx, id),
  'meetings.cancel': ({ id, reason }, ctx) => cancelMeeting(ctx, id, reason),
  'meetings.delete': ({ id }, ctx) => deleteMeeting(ctx, id),
  'meetings.busySlots': (_input, ctx) => busySlotsOf(ctx.store.read()),
  'meetings.recentPlaces': (_input, ctx) => recentPlaces(ctx.store.read()),
  'meetings.followUps': ({ id }, ctx) => followUpsOf(ctx.store.read(), id),
  'meetings.refreshInvitees': ({ id, contactIds }, ctx) => refreshInvitees(ctx, id, contactIds),
  'meetings.yearPlanPreview': (rule, ctx) => previewYearPlan(ctx, rule),
  'meetings.yearPlanCreate': (input, ctx) => createYearPlan(ctx, input),
  'meetings.saveYearPlanIcs': ({ ids }, ctx) => saveYearPlanIcs(ctx, ids),
  'meetings.previewKallelse': ({ id }, ctx) => previewKallelse(ctx, id),
  'meetings.saveKallelse': ({ id }, ctx) => saveKallelse(ctx, id),
  'meetings.saveInvitation': ({ id }, ctx) => saveInvitation(ctx, id),
  'meetings.sendKallelse': (request, ctx) => sendKallelse(ctx, request),
  'meetings.copyEmails': ({ id }, ctx) => copyEmails(ctx, id),
  'meetings.insertAgendaText': ({ id, itemId, text }, ctx) => insertAgendaText(ctx, id, itemId, text)
}
