import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { decodeDatabase } from '../../../src/main/store/decode'
import { splitRole } from '../../../src/main/store/migrations/v3-to-v4'
import { DatabaseSchema, SCHEMA_VERSION } from '../../../src/shared/domain/database'
import { roleAndOrganisation } from '../../../src/shared/meetings/invitees'
import { AGENDA_TEMPLATE } from '../../../src/shared/meetings/planning-text'
import { asV5, withoutV5Fields, openFixtureCopy } from './helpers'

const FIXTURE = fileURLToPath(new URL('../../fixtures/store/v3.json', import.meta.url))
const NOW = '2026-12-01T10:00:00Z'

const openFixture = () => openFixtureCopy(FIXTURE, NOW)

describe('migration v3 → v4', () => {
  it('splits a linked invitee\'s "role, organisation" by the organisation of her register contact', async () => {
    const { store } = await openFixture()
    const planned = store.read().meetings.find((m) => m.status === 'planned')!
    const byName = new Map(planned.invitees.map((i) => [i.name, i]))
    expect(byName.get('Kim Polis')).toMatchObject({ role: 'Kommunpolis', organisation: 'Polisen Lpo Skärholmen' })
    // The role was the organisation's name alone.
    expect(byName.get('Joakim Ifver')).toMatchObject({ role: '', organisation: 'Storstockholms brandförsvar' })
    // No separator, or not in the register: kept as typed.
    expect(byName.get('Gith Haring')).toMatchObject({ role: 'Kurator Mälarhöjdens skola', organisation: '' })
    expect(byName.get('Gäst Gästsson')).toMatchObject({ role: 'Rektor, Mälarhöjdens skola', organisation: '' })
    await store.close()
  })

  it('documents print exactly what they printed before: role and organisation joined are the old role', async () => {
    const { store, original } = await openFixture()
    const db = store.read()
    for (const [m, meeting] of db.meetings.entries()) {
      expect(meeting.invitees.map(roleAndOrganisation)).toEqual(original.meetings[m].invitees.map((i: { role: string }) => i.role.trim()))
    }
    await store.close()
  })

  it('gives every meeting an empty kallelse log and no cancel reason, and Inställningar the agenda template', async () => {
    const { store } = await openFixture()
    const db = store.read()
    expect(db.schemaVersion).toBe(SCHEMA_VERSION)
    for (const meeting of db.meetings) expect(meeting).toMatchObject({ kallelseLog: [], cancelReason: '' })
    expect(db.settings.agendaTemplate).toEqual(AGENDA_TEMPLATE)
    await store.close()
  })

  it('keeps everything else: contacts, agenda and minutes, snapshots, assignments, seminars', async () => {
    const { store, original } = await openFixture()
    const db = asV5(store.read())
    const { agendaTemplate: _t, ...settings } = db.settings
    expect(settings).toEqual(original.settings)
    for (const key of ['contacts', 'organisations', 'groups', 'assignments'] as const) {
      expect(db[key]).toEqual(original[key])
    }
    expect(withoutV5Fields(db.seminars)).toEqual(original.seminars)
    expect(withoutV5Fields(db.registrations)).toEqual(original.registrations)
    const rest = ({ invitees: _i, kallelseLog: _k, cancelReason: _c, ...m }: Record<string, unknown>) => m
    expect(db.meetings.map(rest)).toEqual(original.meetings.map(rest))
    await store.close()
  })

  it('writes the untouched v3 file to a pre-migration backup, then a valid v4 file', async () => {
    const { dir, store } = await openFixture()
    const backup = join(dir, 'backups', 'samverkan.fore-migrering-v3-2026-12-01T11-00-00.json')
    expect(await readFile(backup, 'utf8')).toBe(await readFile(FIXTURE, 'utf8'))
    expect(store.startup).toMatchObject({ status: 'ok', migratedFrom: 3 })
    expect(DatabaseSchema.parse(JSON.parse(await readFile(store.dataFile, 'utf8')))).toEqual(store.read())
    await store.close()
  })

  it('a v3 file the migration cannot read is treated as broken, not half-migrated', () => {
    const decoded = decodeDatabase(JSON.stringify({ schemaVersion: 3, organisations: [], contacts: [], meetings: [{ invitees: 'x' }] }), {
      newId: () => 'x',
      now: NOW
    })
    expect(decoded).toMatchObject({ ok: false, problem: 'invalid', version: 3 })
  })

  it('splits only losslessly', () => {
    expect(splitRole('Kommunpolis, Polisen', 'Polisen')).toEqual({ role: 'Kommunpolis', organisation: 'Polisen' })
    expect(splitRole(', Polisen', 'Polisen')).toEqual({ role: ', Polisen', organisation: '' })
    expect(splitRole('Kommunpolis', undefined)).toEqual({ role: 'Kommunpolis', organisation: '' })
    expect(splitRole('Polisen, Kommunpolis', 'Polisen')).toEqual({ role: 'Polisen, Kommunpolis', organisation: '' })
  })
})
