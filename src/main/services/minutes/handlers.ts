import type { HandlersFor } from '../../api/dispatch'
import { findMeeting } from '../meetings/records'
import { addAssignment, removeAssignment, reportFollowUp, updateAssignment } from './assignments'
import { addAttachmentFile, moveAttachmentTo, removeAttachmentFile } from './attachments'
import { allPresent, guest, setAttendance, substitute } from './attendance'
import { assignmentsSheet, decisionsSheet, saveSheet } from './exports'
import { finishMinutes } from './finish'
import { addItem, moveItem, removeItem } from './items'
import { assignmentRows, decisionRows } from './lists'
import { setAssignmentAreas, setDecisionAreas, setItemAreas } from '../areas/tagging'
import { patchItem } from './patch-item'
import { protocolStep, setProtocolFields, unlockProtocol } from './protocol'
import { sendMinutes } from './send'
import { startMinutes } from './start'
import { minutesView } from './view'

export const minutesHandlers: HandlersFor<'minutes.'> = {
  'minutes.start': ({ meetingId, kind }, ctx) => startMinutes(ctx, meetingId, kind),
  'minutes.get': ({ meetingId }, ctx) => minutesView(structuredClone(findMeeting(ctx.store.read(), meetingId))),
  'minutes.patchItem': (input, ctx) => patchItem(ctx, input),
  'minutes.addItem': ({ meetingId, title, index }, ctx) => addItem(ctx, meetingId, title, index),
  'minutes.moveItem': ({ meetingId, itemId, index }, ctx) => moveItem(ctx, meetingId, itemId, index),
  'minutes.removeItem': ({ meetingId, itemId }, ctx) => removeItem(ctx, meetingId, itemId),
  'minutes.setAttendance': (input, ctx) => setAttendance(ctx, input),
  'minutes.markAllPresent': ({ meetingId }, ctx) => allPresent(ctx, meetingId),
  'minutes.addGuest': ({ meetingId, person }, ctx) => guest(ctx, meetingId, person),
  'minutes.addSubstitute': ({ meetingId, forKey, person }, ctx) => substitute(ctx, meetingId, forKey, person),
  'minutes.setProtocol': (input, ctx) => setProtocolFields(ctx, input),
  'minutes.protocolStep': (input, ctx) => protocolStep(ctx, input),
  'minutes.unlock': ({ meetingId, reason }, ctx) => unlockProtocol(ctx, meetingId, reason),
  'minutes.finish': ({ meetingId, nextMeeting }, ctx) => finishMinutes(ctx, meetingId, nextMeeting),
  'minutes.addAttachment': ({ meetingId, title }, ctx) => addAttachmentFile(ctx, meetingId, title),
  'minutes.removeAttachment': ({ meetingId, attachmentId }, ctx) => removeAttachmentFile(ctx, meetingId, attachmentId),
  'minutes.moveAttachment': ({ meetingId, attachmentId, index }, ctx) => moveAttachmentTo(ctx, meetingId, attachmentId, index),
  'minutes.sendMinutes': ({ meetingId }, ctx) => sendMinutes(ctx, meetingId, false),
  'minutes.sendForApproval': ({ meetingId }, ctx) => sendMinutes(ctx, meetingId, true),
  'minutes.setItemAreas': (input, ctx) => setItemAreas(ctx, input),
  'minutes.setDecisionAreas': (input, ctx) => setDecisionAreas(ctx, input)
}

export const assignmentsHandlers: HandlersFor<'assignments.'> & HandlersFor<'decisions.'> = {
  'assignments.add': (input, ctx) => addAssignment(ctx, input),
  'assignments.update': (input, ctx) => updateAssignment(ctx, input),
  'assignments.remove': ({ id }, ctx) => removeAssignment(ctx, id),
  'assignments.reportFollowUp': (input, ctx) => reportFollowUp(ctx, input),
  'assignments.setAreas': (input, ctx) => setAssignmentAreas(ctx, input),
  'assignments.list': (filter, ctx) => assignmentRows(ctx.store.read(), filter, ctx.clock()),
  'assignments.export': (filter, ctx) => saveSheet(ctx, () => assignmentsSheet(assignmentRows(ctx.store.read(), filter, ctx.clock()))),
  'decisions.list': ({ query }, ctx) => decisionRows(ctx.store.read(), query),
  'decisions.export': ({ query }, ctx) => saveSheet(ctx, () => decisionsSheet(decisionRows(ctx.store.read(), query)))
}
