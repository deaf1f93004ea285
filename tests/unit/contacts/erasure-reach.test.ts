import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { startServices } from '../../../src/main/services/bootstrap'
import type { ErasureSummary } from '../../../src/shared/contract/contacts'
import type { Database } from '../../../src/shared/domain/database'
import { harness, seededDatabase, withTempDir } from './support'

const T = '2019-01-10T09:00:00.000Z'
const PRIVATE = 'anna.privat@example.net'

/** The seeded register plus what a real one holds: her typed registration with a private address and health data, and a typed invitee. */
function withTypedRecords(): Database {
  const db = seededDatabase()
  db.registrations.push({
    id: 'reg-typed-2', seminarId: 's-frukost', contactId: null, name: 'anna lindqvist', organisation: 'Polisen', email: PRIVATE, seats: 1,
    dietaryNeeds: 'Nötallergi', status: 'booked', registeredAt: T, cancelledAt: null, checkedInAt: null, updatedAt: T,
      organisationId: null, late: false, walkIn: false, addedToRegister: false, history: [{ status: 'booked', at: T }]
  })
  db.meetings[0].invitees.push({ contactId: null, name: 'Anna Lindqvist', role: 'Kommunpolis', organisation: '', email: PRIVATE })
  return db
}

describe('erasure finds unlinked records', () => {
  it('lists typed-in records by e-mail (suggested) and by name (her choice), and erases only what she chose', async () => {
    const h = harness(withTypedRecords())
    const preview = await h.call<ErasureSummary>('contacts.erasePreview', { id: 'contact-anna' })
    expect(preview.candidates.map(({ id, matchedBy, suggested }) => ({ id, matchedBy, suggested }))).toEqual([
      { id: 'registration:reg-typed-1', matchedBy: 'email', suggested: true },
      { id: 'registration:reg-typed-2', matchedBy: 'name', suggested: false },
      { id: 'meeting:meeting-held', matchedBy: 'name', suggested: false }
    ])
    expect(preview.candidates[1].description).toBe(`Anmälan till seminariet ”Trygg handel i Liljeholmen” 2019-03-05 som ”anna lindqvist” (${PRIVATE}), med specialkost`)
    await h.call('contacts.erase', { id: 'contact-anna' })
    expect(h.store.read().registrations.map((r) => r.id)).toEqual(['reg-other-1', 'reg-typed-2'])
    expect(JSON.stringify(h.store.read())).toContain(PRIVATE)
  })

  it('erases the chosen ones too: a typed registration goes, a typed invitee of a held meeting keeps only name and role', async () => {
    const h = harness(withTypedRecords())
    const alsoErase = ['registration:reg-typed-1', 'registration:reg-typed-2', 'meeting:meeting-held']
    const summary = await h.call<ErasureSummary>('contacts.erase', { id: 'contact-anna', alsoErase })
    expect(summary.counts.unlinkedErased).toBe(3)
    const db = h.store.read()
    expect(db.registrations.map((r) => r.id)).toEqual(['reg-other-1'])
    expect(db.meetings[0].invitees.filter((p) => p.name === 'Anna Lindqvist')).toEqual([
      { contactId: null, name: 'Anna Lindqvist', role: 'Kommunpolis, Polisen', organisation: '', email: '' },
      { contactId: null, name: 'Anna Lindqvist', role: 'Kommunpolis', organisation: '', email: '' }
    ])
    expect(JSON.stringify(db)).not.toMatch(/anna\.lindqvist@|anna\.privat@|Glutenfri|Nötallergi|08-401 23 45/i)
  })
})

/** Every file under the folder, as text. */
async function filesUnder(dir: string): Promise<{ path: string; text: string }[]> {
  const names = await readdir(dir, { recursive: true, withFileTypes: true })
  const files = names.filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name))
  return Promise.all(files.map(async (path) => ({ path, text: await readFile(path, 'utf8') })))
}

const HER_DATA = /anna\.lindqvist@|anna\.privat@|08-401 23 45|Glutenfri|Nötallergi/i

/** Her name may stay only where the rule keeps it: held meetings (name and role) and their assignments. */
function nameOutsideKept(dataFile: string): boolean {
  const db = JSON.parse(dataFile) as Database
  const held = new Set(db.meetings.filter((m) => m.status === 'held').map((m) => m.id))
  const rest = { ...db, meetings: db.meetings.filter((m) => !held.has(m.id)), assignments: db.assignments.filter((a) => !held.has(a.originMeetingId)) }
  return /Lindqvist/i.test(JSON.stringify(rest))
}

const day = (n: number) => new Date(Date.UTC(2019, 1, 22 + n, 8))
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined }

async function start(dir: string, n: number) {
  return startServices({
    dataDir: dir,
    dialogs: { openFile: async () => null, saveFile: async () => null },
    desktop: { openPath: async () => undefined, openExternal: async () => undefined, showItemInFolder: () => undefined, writeClipboardText: () => undefined },
    log: quiet,
    appVersion: 'test',
    clock: () => day(n)
  })
}

describe('erasure on the real data folder', () => {
  it('leaves her e-mail, phone and diet in no file, her name only where kept, and backups only until the date it gives', async () => {
    await withTempDir(async (dir) => {
      const first = await start(dir, 0)
      const seed = withTypedRecords()
      await first.ctx.store.update((db) => {
        for (const key of ['contacts', 'organisations', 'groups', 'meetings', 'assignments', 'seminars', 'registrations'] as const) {
          ;(db as Record<string, unknown>)[key] = seed[key]
        }
      })
      await first.ctx.store.close()
      // A new day: the daily backup now holds her, as a real one would.
      const { ctx, dispatch } = await start(dir, 1)
      const alsoErase = ['registration:reg-typed-1', 'registration:reg-typed-2', 'meeting:meeting-held']
      const result = await dispatch('contacts.erase', { id: 'contact-anna', alsoErase })
      if (!result.ok) throw new Error(result.error.message)
      const until = (result.value as ErasureSummary).backupsUntil
      await ctx.store.close()

      const files = await filesUnder(dir)
      const dataFile = files.find((f) => f.path === join(dir, 'samverkan.json'))!
      expect(nameOutsideKept(dataFile.text)).toBe(false)
      const outsideBackups = files.filter((f) => !f.path.startsWith(join(dir, 'backups')))
      expect(outsideBackups.filter((f) => HER_DATA.test(f.text)).map((f) => f.path)).toEqual([])
      // The backups the erasure told her about still hold her...
      expect(files.some((f) => HER_DATA.test(f.text))).toBe(true)

      // ...and no longer once the date it gave has passed, with the app started each day.
      const lastDay = Math.round((Date.parse(`${until}T08:00:00Z`) - day(0).getTime()) / 86_400_000) + 1
      for (let n = 2; n <= lastDay; n++) await (await start(dir, n)).ctx.store.close()
      const later = await filesUnder(dir)
      expect(later.filter((f) => HER_DATA.test(f.text) || (f.path.endsWith('.json') && nameOutsideKept(f.text))).map((f) => f.path)).toEqual([])
    })
  })
})
