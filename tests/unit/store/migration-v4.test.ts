import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { decodeDatabase } from '../../../src/main/store/decode'
import { DatabaseSchema } from '../../../src/shared/domain/database'
import { asV5, withoutV5Fields, openFixtureCopy } from './helpers'

const FIXTURE = fileURLToPath(new URL('../../fixtures/store/v4.json', import.meta.url))
const NOW = '2026-12-01T10:00:00Z'

const openFixture = () => openFixtureCopy(FIXTURE, NOW)

describe('migration v4 → v5', () => {
  it('gives every registration the history its timestamps vouch for', async () => {
    const { store } = await openFixture()
    const byId = new Map(store.read().registrations.map((r) => [r.id, r]))
    expect(byId.get('ex-registration-01')!.history).toEqual([{ status: 'booked', at: '2019-02-25T10:00:00.000Z' }])
    expect(byId.get('ex-registration-02')!.history).toEqual([
      { status: 'booked', at: '2019-02-25T11:00:00.000Z' },
      { status: 'cancelled', at: '2019-02-26T09:00:00.000Z' }
    ])
    expect(byId.get('ex-registration-07')!.history).toEqual([{ status: 'waitlisted', at: byId.get('ex-registration-07')!.registeredAt }])
    expect(byId.get('ex-registration-21')!.history.map((e) => [e.status, e.at])).toEqual([
      ['booked', '2019-02-01T09:00:00.000Z'],
      ['attended', '2019-02-14T06:25:00.000Z']
    ])
    expect(byId.get('ex-registration-22')!.history.at(-1)).toEqual({ status: 'noShow', at: '2019-02-14T10:00:00.000Z' })
    await store.close()
  })

  it('marks late by the Stockholm date: 23.30 on the deadline day is in time, the next morning is late', async () => {
    const { store } = await openFixture()
    const late = Object.fromEntries(store.read().registrations.map((r) => [r.id, r.late]))
    expect(late['ex-registration-22']).toBe(false)
    expect(late['ex-registration-23']).toBe(true)
    expect(Object.entries(late).filter(([, v]) => v).map(([k]) => k)).toEqual(['ex-registration-23'])
    await store.close()
  })

  it('links a registration to the register organisation of the same name, else leaves it unlinked', async () => {
    const { store } = await openFixture()
    const org = Object.fromEntries(store.read().registrations.map((r) => [r.id, r.organisationId]))
    expect(org['ex-registration-01']).toBe('ex-org-bakery')
    // Typed in lower case, no contact: still that organisation.
    expect(org['ex-registration-23']).toBe('ex-org-bakery')
    expect(org['ex-registration-22']).toBeNull()
    await store.close()
  })

  it('a held seminar was held when last changed; no walk-ins, nothing added to the register, no cancel reason', async () => {
    const { store } = await openFixture()
    const db = store.read()
    expect(db.seminars.map((s) => [s.id, s.heldAt, s.cancelReason, s.invitationSentAt])).toEqual([
      ['ex-seminar-01', null, '', null],
      ['ex-seminar-02', '2019-02-14T10:00:00.000Z', '', null]
    ])
    expect(db.registrations.every((r) => !r.walkIn && !r.addedToRegister)).toBe(true)
    await store.close()
  })

  it('keeps everything else as it was', async () => {
    const { store, original } = await openFixture()
    const db = asV5(store.read())
    for (const key of ['contacts', 'organisations', 'groups', 'assignments', 'meetings'] as const) {
      expect(JSON.parse(JSON.stringify(db[key]))).toEqual(original[key])
    }
    expect(withoutV5Fields(db.seminars)).toEqual(original.seminars)
    expect(withoutV5Fields(db.registrations)).toEqual(original.registrations)
    await store.close()
  })

  it('writes the untouched v4 file to a pre-migration backup, then a valid file of the current version', async () => {
    const { dir, store } = await openFixture()
    const backup = join(dir, 'backups', 'samverkan.fore-migrering-v4-2026-12-01T11-00-00.json')
    expect(await readFile(backup, 'utf8')).toBe(await readFile(FIXTURE, 'utf8'))
    expect(store.startup).toMatchObject({ status: 'ok', migratedFrom: 4 })
    expect(DatabaseSchema.parse(JSON.parse(await readFile(store.dataFile, 'utf8')))).toEqual(store.read())
    await store.close()
  })

  it('a v4 file the migration cannot read is treated as broken, not half-migrated', () => {
    const bad = { schemaVersion: 4, organisations: [], contacts: [], seminars: [], registrations: [{ status: 'maybe' }] }
    expect(decodeDatabase(JSON.stringify(bad), { newId: () => 'x', now: NOW })).toMatchObject({ ok: false, problem: 'invalid', version: 4 })
  })
})
