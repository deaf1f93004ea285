import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { openStore } from '../../../src/main/store'
import { decodeDatabase } from '../../../src/main/store/decode'
import { DatabaseSchema, SCHEMA_VERSION } from '../../../src/shared/domain/database'
import { AGENDA_TEMPLATE } from '../../../src/shared/meetings/planning-text'
import { asV5, movableClock, recordingLog, tempDir, withoutV5Fields } from './helpers'

const FIXTURE = fileURLToPath(new URL('../../fixtures/store/v1.json', import.meta.url))
const NOW = '2026-11-26T10:00:00Z'

function sequentialIds(): () => string {
  let n = 0
  return () => `migrated${String(++n).padStart(4, '0')}`
}

async function openFixture() {
  const dir = await tempDir()
  await copyFile(FIXTURE, join(dir, 'samverkan.json'))
  const log = recordingLog()
  const store = await openStore({ dataDir: dir, clock: movableClock(NOW).now, log, newId: sequentialIds() })
  return { dir, store, log }
}

describe('migration v1 → v2', () => {
  it('turns organisation names into organisations (kind other), once per distinct name', async () => {
    const { store } = await openFixture()
    const db = store.read()
    expect(db.schemaVersion).toBe(SCHEMA_VERSION)
    expect(db.organisations.map((o) => [o.name, o.kind])).toEqual([
      ['Hägersten-Liljeholmens stadsdelsförvaltning', 'other'],
      ['Storstockholms brandförsvar', 'other'],
      ['Mälarhöjdens skola', 'other'],
      ['ICA Supermarket Liljeholmen', 'other'],
      ['Västertorps IF', 'other'],
      ['Polisen Lpo Skärholmen', 'other']
    ])
    const orgName = (contactName: string) => {
      const contact = db.contacts.find((c) => c.name === contactName)!
      return db.organisations.find((o) => o.id === contact.organisationId)?.name ?? null
    }
    expect(orgName('Gith Haring')).toBe('Mälarhöjdens skola')
    expect(orgName('Abit Dundar')).toBe('Hägersten-Liljeholmens stadsdelsförvaltning')
    expect(orgName('Bengt Jansson')).toBeNull()
    expect(db.organisations.every((o) => o.createdAt === '2026-11-26T10:00:00.000Z')).toBe(true)
    await store.close()
  })

  it('turns group names into groups: "Lokala BRÅ" becomes the council invitees, in any spelling', async () => {
    const { store } = await openFixture()
    const db = store.read()
    expect(db.groups.map((g) => [g.name, g.kind])).toEqual([
      ['Lokala BRÅ', 'councilInvitees'],
      ['Skolor', 'custom'],
      ['Näringsliv', 'business'],
      ['Föreningsliv', 'associations']
    ])
    const council = db.groups.find((g) => g.kind === 'councilInvitees')!
    const members = db.contacts.filter((c) => c.groupIds.includes(council.id)).map((c) => c.name)
    expect(members).toHaveLength(10)
    expect(members).toContain('Ann-Marie Strömberg') // was "lokala brå " in v1
    const gith = db.contacts.find((c) => c.name === 'Gith Haring')!
    expect(gith.groupIds.map((id) => db.groups.find((g) => g.id === id)!.name)).toEqual(['Lokala BRÅ', 'Skolor'])
    await store.close()
  })

  it('snapshots the sender and place name into the held meeting; the planned one follows the settings', async () => {
    const { store } = await openFixture()
    const db = store.read()
    expect(db.meetings.map((m) => [m.date, m.status])).toEqual([
      ['2019-02-22', 'held'],
      ['2019-05-10', 'planned']
    ])
    const [held, planned] = db.meetings
    expect(held.heldWith?.sender.administration).toBe('Hägersten-Liljeholmens stadsdelsförvaltning')
    expect(held.heldWith?.sender.postalAddress).toBe('Box 44, 126 11 Stockholm')
    expect(held.heldWith?.placeName).toBe('Hägersten-Liljeholmen')
    expect(planned.heldWith).toBeNull()
    // A snapshot, not a shared reference: renaming the district later leaves old meetings alone.
    await store.update((d) => {
      d.settings.sender.administration = 'Hägersten-Älvsjö stadsdelsförvaltning'
    })
    expect(store.read().meetings[0].heldWith?.sender.administration).toBe('Hägersten-Liljeholmens stadsdelsförvaltning')
    await store.close()
  })

  it('keeps everything else: minutes, decisions, assignments, seminars, registrations', async () => {
    const { store } = await openFixture()
    const db = asV5(store.read())
    const original = JSON.parse(await readFile(FIXTURE, 'utf8'))
    expect(db.meetings[0].agenda[3].decisions).toEqual(original.meetings[0].agenda[3].decisions)
    expect(db.meetings[0].agenda[1].notes).toEqual(original.meetings[0].agenda[1].notes)
    expect(db.assignments).toEqual(original.assignments)
    expect(withoutV5Fields(db.seminars)).toEqual(original.seminars)
    expect(withoutV5Fields(db.registrations)).toEqual(original.registrations)
    // v4 adds the agenda template (its default); the rest is the v1 settings.
    expect(db.settings).toEqual({ ...original.settings, agendaTemplate: AGENDA_TEMPLATE })
    expect(db.contacts.map((c) => c.email)).toEqual(original.contacts.map((c: { email: string }) => c.email))
    await store.close()
  })

  it('writes the untouched v1 file to a pre-migration backup first, then the migrated file', async () => {
    const { dir, store } = await openFixture()
    const backup = join(dir, 'backups', 'samverkan.fore-migrering-v1-2026-11-26T11-00-00.json')
    expect(await readFile(backup, 'utf8')).toBe(await readFile(FIXTURE, 'utf8'))
    expect(store.startup).toMatchObject({ status: 'ok', migratedFrom: 1 })
    expect(store.startup.message).toContain(backup)
    const onDisk = DatabaseSchema.parse(JSON.parse(await readFile(store.dataFile, 'utf8')))
    expect(onDisk).toEqual(store.read())
    await store.close()
    const again = await openStore({ dataDir: dir, clock: movableClock(NOW).now, log: recordingLog() })
    expect(again.startup.migratedFrom).toBeNull()
    expect(again.read()).toEqual(onDisk)
    await again.close()
  })

  it('deletes pre-migration backups once older than 14 days, keeping younger ones', async () => {
    const dir = await tempDir()
    await mkdir(join(dir, 'backups'))
    const old = 'samverkan.fore-migrering-v1-2026-11-01T09-00-00.json'
    const young = 'samverkan.fore-migrering-v1-2026-11-20T09-00-00.json'
    for (const name of [old, young]) await writeFile(join(dir, 'backups', name), 'x')
    await copyFile(FIXTURE, join(dir, 'samverkan.json'))
    const store = await openStore({ dataDir: dir, clock: movableClock(NOW).now, log: recordingLog() })
    const files = (await readdir(join(dir, 'backups'))).filter((n) => n.endsWith('.json')).sort()
    expect(files).toEqual(['samverkan-2026-11-26.json', young, 'samverkan.fore-migrering-v1-2026-11-26T11-00-00.json'])
    await store.close()
  })

  it('a v1 file the migration cannot read is treated as broken, not half-migrated', () => {
    const decoded = decodeDatabase(JSON.stringify({ schemaVersion: 1, contacts: 'inte en lista' }), {
      newId: sequentialIds(),
      now: NOW
    })
    expect(decoded).toMatchObject({ ok: false, problem: 'invalid', version: 1 })
  })
})
