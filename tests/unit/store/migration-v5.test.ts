import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { decodeDatabase } from '../../../src/main/store/decode'
import { decisionId, v5ToV6 } from '../../../src/main/store/migrations/v5-to-v6'
import { DatabaseSchema, SCHEMA_VERSION } from '../../../src/shared/domain/database'
import { asV5, openFixtureCopy } from './helpers'

const FIXTURE = fileURLToPath(new URL('../../fixtures/store/v5.json', import.meta.url))
const NOW = '2026-12-01T10:00:00Z'

const openFixture = () => openFixtureCopy(FIXTURE, NOW)

describe('migration v5 → v6', () => {
  it('turns each decision string into a decision with an id from its item and place, its text as it was and no areas', async () => {
    const { store, original } = await openFixture()
    const item = store.read().meetings[0].agenda[3]
    expect(item.decisions).toEqual([
      { id: 'ex-item-2019-02-22-4-b1', text: original.meetings[0].agenda[3].decisions[0], areaIds: [] },
      { id: 'ex-item-2019-02-22-4-b2', text: 'Att trygghetsvandringen i Västertorp genomförs under våren.', areaIds: [] }
    ])
    await store.close()
  })

  it('tags nothing by guesswork: no item or assignment has areas, and there are no areas, insatser or report texts', async () => {
    const { store } = await openFixture()
    const db = store.read()
    expect(db.meetings.flatMap((m) => m.agenda).every((i) => i.areaIds.length === 0)).toBe(true)
    expect(db.assignments.map((a) => a.areaIds)).toEqual([[]])
    expect([db.priorityAreas, db.decidedActions, db.yearReports]).toEqual([[], [], []])
    await store.close()
  })

  it('keeps everything else as it was', async () => {
    const { store, original } = await openFixture()
    const { schemaVersion, priorityAreas: _p, decidedActions: _d, yearReports: _y, ...rest } = asV5(store.read())
    expect(schemaVersion).toBe(6)
    expect(JSON.parse(JSON.stringify(rest))).toEqual({ ...original, schemaVersion: undefined })
    await store.close()
  })

  it('gives a fresh id only when the item id leaves no room for the suffix', () => {
    const ctx = { newId: () => 'fresh-id-0001', now: NOW }
    expect(decisionId('a'.repeat(61), 0, ctx)).toBe(`${'a'.repeat(61)}-b1`)
    expect(decisionId('a'.repeat(62), 0, ctx)).toBe('fresh-id-0001')
    const v5 = { schemaVersion: 5, meetings: [{ agenda: [{ id: 'i'.repeat(64), decisions: ['Ett beslut'] }] }], assignments: [] }
    const out = v5ToV6.migrate(v5, ctx) as { meetings: { agenda: { decisions: unknown[] }[] }[] }
    expect(out.meetings[0].agenda[0].decisions).toEqual([{ id: 'fresh-id-0001', text: 'Ett beslut', areaIds: [] }])
  })

  it('writes the untouched v5 file to a pre-migration backup, then a valid v6 file', async () => {
    const { dir, store } = await openFixture()
    const backup = join(dir, 'backups', 'samverkan.fore-migrering-v5-2026-12-01T11-00-00.json')
    expect(await readFile(backup, 'utf8')).toBe(await readFile(FIXTURE, 'utf8'))
    expect(store.startup).toMatchObject({ status: 'ok', migratedFrom: 5 })
    expect(SCHEMA_VERSION).toBe(6)
    expect(DatabaseSchema.parse(JSON.parse(await readFile(store.dataFile, 'utf8')))).toEqual(store.read())
    await store.close()
  })

  it('a v5 file whose decisions are not strings is treated as broken, not half-migrated', () => {
    const bad = { schemaVersion: 5, meetings: [{ agenda: [{ id: 'item-0001', decisions: [{ text: 'redan ett objekt' }] }] }], assignments: [] }
    expect(decodeDatabase(JSON.stringify(bad), { newId: () => 'x', now: NOW })).toMatchObject({ ok: false, problem: 'invalid', version: 5 })
  })
})
