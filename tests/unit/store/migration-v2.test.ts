import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { decodeDatabase } from '../../../src/main/store/decode'
import { DatabaseSchema, SCHEMA_VERSION } from '../../../src/shared/domain/database'
import { AGENDA_TEMPLATE } from '../../../src/shared/meetings/planning-text'
import { asV5, withoutV5Fields, openFixtureCopy } from './helpers'

const FIXTURE = fileURLToPath(new URL('../../fixtures/store/v2.json', import.meta.url))
const NOW = '2026-11-26T10:00:00Z'

const openFixture = () => openFixtureCopy(FIXTURE, NOW)

describe('migration v2 → v3', () => {
  it('gives a held meeting one snapshot: its own sender and place name, and the Kontakt block and look of today', async () => {
    const { store, original } = await openFixture()
    const db = store.read()
    expect(db.schemaVersion).toBe(SCHEMA_VERSION)
    const held = db.meetings.find((m) => m.date === '2019-02-22')!
    expect(held.status).toBe('held')
    expect(held.heldWith).toEqual({
      sender: original.meetings[0].sender,
      placeName: original.meetings[0].placeName,
      coordinator: original.settings.coordinator,
      documents: expect.objectContaining(original.settings.documents)
    })
    expect(held).not.toHaveProperty('sender')
    expect(held).not.toHaveProperty('placeName')
    await store.close()
  })

  it('a cancelled meeting keeps its snapshot too; a planned one has none and follows the settings', async () => {
    const { store } = await openFixture()
    const byDate = new Map(store.read().meetings.map((m) => [m.date, m]))
    expect(byDate.get('2019-05-10')).toMatchObject({ status: 'planned', heldWith: null })
    expect(byDate.get('2019-09-13')?.status).toBe('cancelled')
    expect(byDate.get('2019-09-13')?.heldWith?.coordinator.name).toBe('Stina Lundmark')
    await store.close()
  })

  it('the snapshot is a copy: changing Inställningar afterwards leaves the held meeting alone', async () => {
    const { store } = await openFixture()
    await store.update((d) => {
      d.settings.coordinator.name = 'Ny Samordnare'
      d.settings.sender.administration = 'Hägersten-Älvsjö stadsdelsförvaltning'
    })
    const held = store.read().meetings.find((m) => m.status === 'held')!
    expect(held.heldWith?.coordinator.name).toBe('Stina Lundmark')
    expect(held.heldWith?.sender.administration).toBe('Hägersten-Liljeholmens stadsdelsförvaltning')
    await store.close()
  })

  it('keeps everything else: settings, contacts, agenda and minutes, assignments, seminars', async () => {
    const { store, original } = await openFixture()
    const db = asV5(store.read())
    // v4 adds the agenda template (its default), an invitee organisation (split from the role), a kallelse log and a cancel reason.
    expect(db.settings).toEqual({ ...original.settings, agendaTemplate: AGENDA_TEMPLATE })
    expect(db.contacts).toEqual(original.contacts)
    expect(db.organisations).toEqual(original.organisations)
    expect(db.groups).toEqual(original.groups)
    expect(db.assignments).toEqual(original.assignments)
    expect(withoutV5Fields(db.seminars)).toEqual(original.seminars)
    expect(withoutV5Fields(db.registrations)).toEqual(original.registrations)
    const strip = ({ sender: _s, placeName: _p, ...rest }: Record<string, unknown>) => rest
    const v4 = ({ heldWith: _h, invitees: _i, kallelseLog: _k, cancelReason: _c, ...rest }: Record<string, unknown>) => rest
    expect(db.meetings.map(v4)).toEqual(original.meetings.map(strip).map(v4))
    await store.close()
  })

  it('writes the untouched v2 file to a pre-migration backup, then a valid v3 file', async () => {
    const { dir, store } = await openFixture()
    const backup = join(dir, 'backups', 'samverkan.fore-migrering-v2-2026-11-26T11-00-00.json')
    expect(await readFile(backup, 'utf8')).toBe(await readFile(FIXTURE, 'utf8'))
    expect(store.startup).toMatchObject({ status: 'ok', migratedFrom: 2 })
    expect(DatabaseSchema.parse(JSON.parse(await readFile(store.dataFile, 'utf8')))).toEqual(store.read())
    await store.close()
  })

  it('a v2 file the migration cannot read is treated as broken, not half-migrated', () => {
    const decoded = decodeDatabase(JSON.stringify({ schemaVersion: 2, settings: {}, meetings: [{ status: 'avblåst' }] }), {
      newId: () => 'x',
      now: NOW
    })
    expect(decoded).toMatchObject({ ok: false, problem: 'invalid', version: 2 })
  })
})
