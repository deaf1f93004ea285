import type { Minutes } from '../../../../../shared/domain/meetings'

export interface ProtocolDraft {
  secretaryName: string
  chairName: string
  approvers: [string, string]
  approvedOn: string
  approvalPlace: string
}

export const draftOf = (m: Minutes): ProtocolDraft => ({
  secretaryName: m.secretaryName,
  chairName: m.chairName,
  approvers: [m.approvers[0] ?? '', m.approvers[1] ?? ''],
  approvedOn: m.approvedOn ?? '',
  approvalPlace: m.approvalPlace ?? ''
})

/** What the service is sent: the justerare she filled in, and no date while the field is empty. */
export const inputOf = (d: ProtocolDraft) => ({
  secretaryName: d.secretaryName,
  chairName: d.chairName,
  approvers: d.approvers.map((a) => a.trim()).filter((a) => a !== ''),
  approvedOn: d.approvedOn.trim() === '' ? null : d.approvedOn.trim(),
  approvalPlace: d.approvalPlace
})
