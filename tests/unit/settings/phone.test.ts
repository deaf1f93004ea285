import { describe, expect, it } from 'vitest'
import { createDispatch } from '../../../src/main/api/dispatch'
import { handlers } from '../../../src/main/api/handlers'
import { buildMinutes } from '../../../src/main/documents'
import { exampleDatabase } from '../../../src/main/example'
import { PHONE_ERROR } from '../../../src/shared/contacts/phone'
import { SettingsSchema } from '../../../src/shared/domain/settings'
import { memoryStore, testContext } from '../../support/context'
import { documentText, unzipDocx } from '../../support/docx'

describe('phone numbers in Inställningar', () => {
  it('are grouped as contacts’ numbers are when saved', async () => {
    const ctx = testContext({ store: memoryStore() })
    const result = await createDispatch(handlers, ctx)('settings.update', {
      coordinator: { phone: '08508 23 456' },
      sender: { phone: '+46 8 508 00 508' }
    })
    expect(result).toMatchObject({ ok: true, value: { coordinator: { phone: '08-508 23 456' }, sender: { phone: '08-508 00 508' } } })
  })

  it('refuses a number that is not one, with the contacts’ message', async () => {
    const ctx = testContext({ store: memoryStore() })
    const result = await createDispatch(handlers, ctx)('settings.update', { coordinator: { phone: 'ring växeln' } })
    expect(result).toMatchObject({ ok: false, error: { fields: [{ path: 'coordinator.phone', message: PHONE_ERROR }] } })
  })

  it('are grouped when stored ungrouped before, and printed so in the minutes', async () => {
    const db = exampleDatabase()
    const stored = SettingsSchema.parse({ ...db.settings, coordinator: { ...db.settings.coordinator, phone: '08508 23 456' } })
    expect(stored.coordinator.phone).toBe('08-508 23 456')
    expect(SettingsSchema.parse({ coordinator: { phone: 'ring växeln' } }).coordinator.phone).toBe('ring växeln')
    // A planned meeting stored before sender snapshots prints the current settings (others print their own snapshot).
    const planned = db.meetings.find((m) => m.status === 'planned')
    if (!planned) throw new Error('the example has a planned meeting')
    const meeting = { ...planned, senderSnapshot: undefined }
    const text = documentText(await unzipDocx(await buildMinutes(meeting, stored, { readFile: async () => new Uint8Array() })))
    expect(text).toContain('08-508 23 456')
    expect(text).not.toContain('08508 23 456')
  })
})
