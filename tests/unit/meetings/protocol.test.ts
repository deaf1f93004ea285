import { describe, expect, it } from 'vitest'
import { MinutesSchema, type Minutes } from '../../../src/shared/domain/meetings'
import { approvalProblems, approve, historyLines, isLocked, lockedMessage, PROTOCOL_TEXTS, returnToDraft, sendForApproval, unlock, type Step } from '../../../src/shared/meetings/protocol'

const AT = '2019-05-10T11:05:00.000Z'
const protocol = (over: Partial<Minutes> = {}): Minutes =>
  MinutesSchema.parse({ kind: 'protocol', secretaryName: 'Sara Sekreterare', chairName: 'Abit Dundar', approvers: ['Anna Lindqvist'], ...over })
const ok = (step: Step): Minutes => {
  if (!step.ok) throw new Error(step.problems.join(' '))
  return step.minutes
}

describe('the protokoll state machine', () => {
  it('goes Utkast → Skickad för justering → Justerat, with each step in the history', () => {
    const sent = ok(sendForApproval(protocol(), AT))
    expect(sent.approvalState).toBe('awaitingApproval')
    expect(isLocked(sent)).toBe(false)
    const approved = ok(approve(sent, '2019-05-14', '2019-05-14T08:00:00.000Z', 'Stockholm'))
    expect(approved).toMatchObject({ approvalState: 'approved', approvedOn: '2019-05-14', approvalPlace: 'Stockholm' })
    expect(approved.history?.map((e) => e.event)).toEqual(['sentForApproval', 'approved'])
    expect(MinutesSchema.parse(approved)).toEqual(approved)
  })

  it('locks a justerat protokoll, and says how to change it', () => {
    const approved = ok(approve(ok(sendForApproval(protocol(), AT)), '2019-05-14', AT))
    expect(isLocked(approved)).toBe(true)
    expect(lockedMessage(approved)).toBe(PROTOCOL_TEXTS.locked)
    expect(lockedMessage(protocol())).toBeNull()
  })

  it('unlocks only with a reason, kept in the history; the justering is then undone', () => {
    const approved = ok(approve(ok(sendForApproval(protocol(), AT)), '2019-05-14', AT))
    expect(unlock(approved, ' \u200b ', AT)).toEqual({ ok: false, problems: [PROTOCOL_TEXTS.reason] })
    const unlocked = ok(unlock(approved, '  Fel datum i punkt 4 ', '2019-05-20T09:00:00.000Z'))
    expect(unlocked).toMatchObject({ approvalState: 'draft', approvedOn: null })
    expect(isLocked(unlocked)).toBe(false)
    expect(unlocked.history?.at(-1)).toEqual({ at: '2019-05-20T09:00:00.000Z', event: 'unlocked', reason: 'Fel datum i punkt 4' })
    expect(historyLines(unlocked, (at) => at.slice(0, 10))).toEqual([
      '2019-05-10 Skickat för justering',
      '2019-05-10 Justerat',
      '2019-05-20 Upplåst för ändring: Fel datum i punkt 4'
    ])
  })

  it('refuses to send without sekreterare, ordförande and one or two justerare, naming each', () => {
    const step = sendForApproval(protocol({ secretaryName: '', chairName: ' ', approvers: [] }), AT)
    expect(step).toEqual({ ok: false, problems: [PROTOCOL_TEXTS.secretary, PROTOCOL_TEXTS.chair, PROTOCOL_TEXTS.approvers] })
    expect(approvalProblems(protocol({ approvers: ['A', 'B', 'C'] }))).toEqual([PROTOCOL_TEXTS.approvers])
    expect(approvalProblems(protocol({ approvers: ['A', 'B'] }))).toEqual([])
  })

  it('refuses steps out of order', () => {
    expect(approve(protocol(), '2019-05-14', AT)).toMatchObject({ ok: false, problems: [expect.stringContaining('Utkast')] })
    expect(unlock(protocol(), 'x', AT).ok).toBe(false)
    const sent = ok(sendForApproval(protocol(), AT))
    expect(sendForApproval(sent, AT).ok).toBe(false)
    expect(ok(returnToDraft(sent, AT)).approvalState).toBe('draft')
    expect(returnToDraft(protocol(), AT).ok).toBe(false)
  })

  it('never justerar or locks minnesanteckningar', () => {
    const notes = MinutesSchema.parse({ kind: 'notes', approvalState: 'approved' })
    expect(isLocked(notes)).toBe(false)
    expect(sendForApproval(MinutesSchema.parse({}), AT)).toEqual({ ok: false, problems: [PROTOCOL_TEXTS.notProtocol] })
  })
})
