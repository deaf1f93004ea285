import type { Minutes, ProtocolEvent } from '../domain/meetings'
import { hasVisibleText } from '../domain/text'

/**
 * The protokoll's justering: Utkast → Skickad för justering → Justerat. A justerat
 * protokoll is locked: nothing in the meeting may change until "Lås upp för ändring",
 * which needs a reason that is kept in the history and shown. Minnesanteckningar (the
 * default for a lokala BRÅ) have no justering and are never locked. Every step returns
 * the new minutes or the reasons it cannot be taken, in Swedish; nothing throws.
 */

export const PROTOCOL_STATE_LABELS: Record<Minutes['approvalState'], string> = {
  draft: 'Utkast',
  awaitingApproval: 'Skickad för justering',
  approved: 'Justerat'
}

export const PROTOCOL_EVENT_LABELS: Record<ProtocolEvent['event'], string> = {
  sentForApproval: 'Skickat för justering',
  approved: 'Justerat',
  unlocked: 'Upplåst för ändring',
  returnedToDraft: 'Tillbaka till utkast'
}

export const PROTOCOL_TEXTS = {
  notProtocol: 'Minnesanteckningar justeras inte. Välj Protokoll för att skicka för justering.',
  secretary: 'Ange vem som för protokollet (Vid protokollet).',
  chair: 'Ange ordförande.',
  approvers: 'Ange en eller två justerare.',
  wrongState: (state: Minutes['approvalState']) => `Protokollet är i läget ”${PROTOCOL_STATE_LABELS[state]}”.`,
  reason: 'Skriv varför protokollet låses upp. Anledningen sparas i ändringshistoriken.',
  locked: 'Protokollet är justerat och låst. Välj ”Lås upp för ändring” för att ändra.'
} as const

export type Step = { ok: true; minutes: Minutes } | { ok: false; problems: string[] }

const refused = (...problems: string[]): Step => ({ ok: false, problems })

function withEvent(minutes: Minutes, change: Partial<Minutes>, event: ProtocolEvent): Minutes {
  return { ...minutes, ...change, history: [...(minutes.history ?? []), event] }
}

/** True while nothing in the meeting may be changed. */
export const isLocked = (minutes: Minutes): boolean => minutes.kind === 'protocol' && minutes.approvalState === 'approved'

/** The message a refused change shows, or null when the meeting can be changed. */
export const lockedMessage = (minutes: Minutes): string | null => (isLocked(minutes) ? PROTOCOL_TEXTS.locked : null)

/** What is missing before the protokoll can go to the justerare. */
export function approvalProblems(minutes: Minutes): string[] {
  if (minutes.kind !== 'protocol') return [PROTOCOL_TEXTS.notProtocol]
  const problems: string[] = []
  if (!hasVisibleText(minutes.secretaryName)) problems.push(PROTOCOL_TEXTS.secretary)
  if (!hasVisibleText(minutes.chairName)) problems.push(PROTOCOL_TEXTS.chair)
  const approvers = minutes.approvers.filter(hasVisibleText)
  if (approvers.length < 1 || approvers.length > 2) problems.push(PROTOCOL_TEXTS.approvers)
  return problems
}

/** "Skicka för justering": Utkast → Skickad för justering. */
export function sendForApproval(minutes: Minutes, at: string): Step {
  if (minutes.kind === 'protocol' && minutes.approvalState !== 'draft') return refused(PROTOCOL_TEXTS.wrongState(minutes.approvalState))
  const problems = approvalProblems(minutes)
  if (problems.length > 0) return refused(...problems)
  return { ok: true, minutes: withEvent(minutes, { approvalState: 'awaitingApproval' }, { at, event: 'sentForApproval', reason: '' }) }
}

/** The justerare have signed: Skickad för justering → Justerat, on that date and (optionally) place. */
export function approve(minutes: Minutes, on: string, at: string, place?: string): Step {
  if (minutes.kind !== 'protocol') return refused(PROTOCOL_TEXTS.notProtocol)
  if (minutes.approvalState !== 'awaitingApproval') return refused(PROTOCOL_TEXTS.wrongState(minutes.approvalState))
  const change: Partial<Minutes> = { approvalState: 'approved', approvedOn: on, ...(place !== undefined ? { approvalPlace: place } : {}) }
  return { ok: true, minutes: withEvent(minutes, change, { at, event: 'approved', reason: '' }) }
}

/** The justerare want changes before signing: Skickad för justering → Utkast. */
export function returnToDraft(minutes: Minutes, at: string): Step {
  if (minutes.approvalState !== 'awaitingApproval') return refused(PROTOCOL_TEXTS.wrongState(minutes.approvalState))
  return { ok: true, minutes: withEvent(minutes, { approvalState: 'draft' }, { at, event: 'returnedToDraft', reason: '' }) }
}

/** "Lås upp för ändring": Justerat → Utkast, with the reason kept; the justering must be done again. */
export function unlock(minutes: Minutes, reason: string, at: string): Step {
  if (!isLocked(minutes)) return refused(PROTOCOL_TEXTS.wrongState(minutes.approvalState))
  if (!hasVisibleText(reason)) return refused(PROTOCOL_TEXTS.reason)
  return { ok: true, minutes: withEvent(minutes, { approvalState: 'draft', approvedOn: null }, { at, event: 'unlocked', reason: reason.trim() }) }
}

/** The change history as she reads it: "Upplåst för ändring: <anledning>", newest last. */
export function historyLines(minutes: Minutes, formatAt: (at: string) => string): string[] {
  return (minutes.history ?? []).map((e) => `${formatAt(e.at)} ${PROTOCOL_EVENT_LABELS[e.event]}${e.reason ? `: ${e.reason}` : ''}`)
}
