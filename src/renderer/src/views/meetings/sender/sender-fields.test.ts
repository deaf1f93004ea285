import { describe, expect, it } from 'vitest'
import { senderSnapshotOf } from '../../../../../shared/domain/meetings'
import { SettingsSchema } from '../../../../../shared/domain/settings'
import { differsFromSettings, senderErrors, senderValue, withSenderValue } from './sender-fields'

const settings = SettingsSchema.parse({
  sender: { administration: 'Hägersten-Liljeholmens stadsdelsförvaltning', phone: '08-508 00 508' },
  placeName: 'Hägersten-Liljeholmen',
  coordinator: { name: 'Stina Lundmark', email: 'stina.pernilla.lundmark@stockholm.se' }
})
const snapshot = senderSnapshotOf(settings)

describe('the meeting\'s own sender fields', () => {
  it('changes one field by its path and leaves the snapshot given alone', () => {
    const next = withSenderValue(snapshot, 'coordinator.name', 'Vikarie Vikariesson')
    expect(senderValue(next, 'coordinator.name')).toBe('Vikarie Vikariesson')
    expect(senderValue(snapshot, 'coordinator.name')).toBe('Stina Lundmark')
    expect(senderValue(withSenderValue(snapshot, 'placeName', 'Liljeholmen'), 'placeName')).toBe('Liljeholmen')
    expect(differsFromSettings(snapshot, settings)).toBe(false)
    expect(differsFromSettings(next, settings)).toBe(true)
  })

  it('names the field that would be refused, with the message Inställningar give', () => {
    expect(senderErrors(snapshot)).toEqual({})
    const errors = senderErrors(withSenderValue(withSenderValue(snapshot, 'coordinator.email', 'inte en adress'), 'sender.phone', 'ring mig'))
    expect(Object.keys(errors).sort()).toEqual(['coordinator.email', 'sender.phone'])
  })
})
