import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import type { ErasureSummary } from '../../../src/shared/contract/contacts'
import { harness, seededDatabase, withTempDir } from './support'

describe('register extract', () => {
  it('holds everything about the person as JSON: details, meetings, assignments, registrations', async () => {
    await withTempDir(async (dir) => {
      const db = seededDatabase()
      db.settings.sender.administration = 'Hägersten-Liljeholmens stadsdelsförvaltning'
      const h = harness(db)
      h.dialogs.save = join(dir, 'utdrag.json')
      const saved = await h.call<{ path: string; count: number }>('contacts.extract', { id: 'contact-anna', format: 'json' })
      const json = JSON.parse(await readFile(saved.path, 'utf8'))
      expect(json.Registerutdrag).toEqual({ Skapat: '2019-02-22T08:00:00.000Z', Personuppgiftsansvarig: 'Hägersten-Liljeholmens stadsdelsförvaltning' })
      expect(json.Person).toContainEqual({ Uppgift: 'E-post', Värde: 'anna.lindqvist@example.org' })
      expect(json.Person).toContainEqual({ Uppgift: 'Organisation', Värde: 'Polisen Lpo Skärholmen (Polis)' })
      expect(json.Person).toContainEqual({ Uppgift: 'Grupper', Värde: 'Kallade till lokala BRÅ' })
      expect(json['Möten']).toEqual([
        { Datum: '2019-02-22', Möte: 'Lokala BRÅ Hägersten-Liljeholmen', Status: 'Genomfört', Deltagande: 'Kallad, Närvarande', 'Roll som antecknad': 'Kommunpolis, Polisen' },
        { Datum: '2019-04-12', Möte: 'Lokala BRÅ Hägersten-Liljeholmen', Status: 'Planerat', Deltagande: 'Kallad', 'Roll som antecknad': 'Kommunpolis, Polisen' }
      ])
      expect(json.Uppdrag.map((a: Record<string, string>) => a.Uppdrag)).toEqual(['Ta fram statistik över anmälda brott', 'Boka lokal'])
      // The registration typed in by hand with her e-mail (other case) is hers too; Bertil's is not.
      expect(json.Seminarier.map((r: Record<string, string>) => [r['Anmäld som'], r.Specialkost])).toEqual([
        ['Anna Lindqvist', 'Glutenfri'],
        ['A. Lindqvist', '']
      ])
      expect(saved.count).toBe(9 + 2 + 2 + 2)
    })
  })

  it('writes the same extract as an .xlsx with one sheet per kind of record', async () => {
    await withTempDir(async (dir) => {
      const h = harness(seededDatabase())
      h.dialogs.save = join(dir, 'utdrag.xlsx')
      await h.call('contacts.extract', { id: 'contact-bertil', format: 'xlsx' })
      const wb = new ExcelJS.Workbook()
      await wb.xlsx.load((await readFile(h.dialogs.save)) as unknown as ArrayBuffer)
      expect(wb.worksheets.map((w) => w.name)).toEqual(['Person', 'Möten', 'Uppdrag', 'Insatser', 'Seminarier'])
      expect(wb.getWorksheet('Möten')?.getRow(2).getCell(4).value).toBe('Kallad, Anmält förhinder')
      expect(wb.getWorksheet('Seminarier')?.getRow(2).getCell(7).value).toBe('Vegetarisk')
      expect(wb.getWorksheet('Uppdrag')?.rowCount).toBe(1)
    })
  })

  it('names a missing person before any dialog opens', async () => {
    const h = harness(seededDatabase())
    let asked = false
    h.ctx.dialogs.saveFile = async () => ((asked = true), null)
    const result = await h.raw('contacts.extract', { id: 'contact-nobody', format: 'json' })
    expect(result).toMatchObject({ ok: false, error: { code: 'notFound', message: 'Kontakten finns inte längre.' } })
    expect(asked).toBe(false)
  })
})

describe('erasure', () => {
  it('previews exactly what erasing will do, without changing anything', async () => {
    const h = harness(seededDatabase())
    const preview = await h.call<ErasureSummary>('contacts.erasePreview', { id: 'contact-anna' })
    expect(h.store.writes).toBe(0)
    expect(h.store.read().contacts).toHaveLength(2)
    expect(preview.counts).toEqual({ groupMemberships: 1, registrations: 2, plannedMeetingInvitations: 1, heldMeetingsKept: 1, assignmentsUnlinked: 2, actionsUnlinked: 0, unlinkedErased: 1 })
    expect(preview.kept[0]).toMatch(/Namnet och rollen står kvar i 1 hållet möte .*allmänna handlingar.*e-postadressen tas bort/)
    expect(preview.kept.at(-1)).toBe('Säkerhetskopiorna i datamappen innehåller fortfarande uppgifterna till och med 2019-03-08; därefter tas de bort automatiskt')
    expect(preview.backupsUntil).toBe('2019-03-08')
    expect(preview.removed).toContain('2 seminarieanmälningar, med eventuell specialkost')
    const done = await h.call<ErasureSummary>('contacts.erase', { id: 'contact-anna' })
    expect(done).toEqual(preview)
  })

  it('removes her from the register, registrations and planned meetings, and leaves held minutes as they were', async () => {
    const h = harness(seededDatabase())
    const heldBefore = structuredClone(h.store.read().meetings.find((m) => m.id === 'meeting-held')!)
    await h.call('contacts.erase', { id: 'contact-anna' })
    const db = h.store.read()
    expect(db.contacts.map((c) => c.id)).toEqual(['contact-bertil'])
    expect(db.registrations.map((r) => r.id)).toEqual(['reg-other-1'])
    const planned = db.meetings.find((m) => m.id === 'meeting-planned')!
    expect(planned.invitees.map((p) => p.name)).toEqual(['Bertil Åström'])
    const held = db.meetings.find((m) => m.id === 'meeting-held')!
    // Names, roles, attendance and the minutes' text stay; the link and her e-mail address go.
    const unlinked = (list: { contactId: string | null; email?: string }[]) =>
      list.map((p) => (p.contactId !== 'contact-anna' ? p : { ...p, contactId: null, ...('email' in p ? { email: '' } : {}) }))
    expect(held.invitees).toEqual(unlinked(heldBefore.invitees))
    expect(held.attendance).toEqual(unlinked(heldBefore.attendance))
    expect(held.agenda).toEqual(heldBefore.agenda)
    expect(JSON.stringify(db)).not.toContain('"contact-anna"')
    expect(db.assignments.find((a) => a.id === 'assign-held')).toMatchObject({ ownerContactId: null, ownerName: 'Anna Lindqvist', text: 'Ta fram statistik över anmälda brott' })
    expect(db.assignments.find((a) => a.id === 'assign-planned')).toMatchObject({ ownerContactId: null, ownerName: '' })
    expect(db.organisations).toHaveLength(1)
  })

  it('keeps her name on a past meeting not yet marked as held, and logs no personal data', async () => {
    const seed = seededDatabase()
    seed.meetings[1].date = '2019-01-15'
    const h = harness(seed)
    const logged: string[] = []
    h.ctx.log.info = (message, meta) => logged.push(message + JSON.stringify(meta ?? {}))
    const summary = await h.call<ErasureSummary>('contacts.erase', { id: 'contact-anna' })
    expect(summary.counts).toMatchObject({ plannedMeetingInvitations: 0, heldMeetingsKept: 2 })
    expect(h.store.read().meetings[1].invitees.map((p) => p.name)).toEqual(['Anna Lindqvist', 'Bertil Åström'])
    expect(logged.join()).not.toMatch(/Anna|Lindqvist|example\.org/)
    expect(logged).toHaveLength(1)
  })

  it('says that held minutes are never changed even when she is in none of them', async () => {
    const seed = seededDatabase()
    seed.meetings = seed.meetings.filter((m) => m.status !== 'held')
    seed.assignments = []
    const h = harness(seed)
    const summary = await h.call<ErasureSummary>('contacts.erasePreview', { id: 'contact-anna' })
    expect(summary.kept[0]).toBe('Hållna mötens minnesanteckningar ändras aldrig (allmänna handlingar); personen finns inte med i några sådana')
    expect(summary.kept).toHaveLength(2)
    expect(summary.counts).toMatchObject({ heldMeetingsKept: 0, plannedMeetingInvitations: 1 })
  })

  it('refuses an unknown id and writes nothing', async () => {
    const h = harness(seededDatabase())
    const result = await h.raw('contacts.erase', { id: 'contact-nobody' })
    expect(result).toMatchObject({ ok: false, error: { code: 'notFound' } })
    expect(h.store.read().contacts).toHaveLength(2)
  })
})
