import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import type { ImportPreview, ImportSummary } from '../../../src/shared/contract/contacts'
import { guardCell, toCsv } from '../../../src/main/services/contacts/sheet'
import { harness, seededDatabase, withTempDir } from './support'

const tricky = {
  name: '=HYPERLINK("http://example.org","Klicka")',
  title: 'Samordnare; fält',
  notes: 'Två\nrader med "citat"',
  email: 'tricky@example.org',
  phone: '+45 33 12 34 56'
}

async function registerWithTricky() {
  const h = harness(seededDatabase())
  await h.call('contacts.save', tricky)
  return h
}

/** Export in a format, then import that file into an empty register: the same people come back. */
async function roundTrip(format: 'csv' | 'xlsx') {
  return withTempDir(async (dir) => {
    const h = await registerWithTricky()
    h.dialogs.save = join(dir, `kontakter.${format}`)
    expect(await h.call('contacts.export', { format })).toEqual({ status: 'saved', path: h.dialogs.save, count: 3 })
    const bytes = await readFile(h.dialogs.save)
    const fresh = harness()
    fresh.dialogs.open = h.dialogs.save
    const preview = await fresh.call<ImportPreview>('contacts.importOpen')
    const summary = await fresh.call<ImportSummary>('contacts.importCommit', { token: preview.token, mapping: preview.guessedMapping })
    expect(summary).toMatchObject({ added: 3, skipped: [] })
    const view = (db: ReturnType<typeof h.store.read>) =>
      db.contacts
        .map((c) => ({ name: c.name, title: c.title, email: c.email, phone: c.phone, notes: c.notes, org: db.organisations.find((o) => o.id === c.organisationId)?.name ?? '' }))
        .sort((a, b) => a.name.localeCompare(b.name))
    expect(view(fresh.store.read())).toEqual(view(h.store.read()))
    return bytes
  })
}

describe('export', () => {
  it('writes CSV as Swedish Excel expects: BOM, semicolons, CRLF, quoting, formulas defused', async () => {
    const bytes = await roundTrip('csv')
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.toString('utf8').slice(1)
    const lines = text.split('\r\n')
    expect(lines[0]).toBe('Namn;Titel/roll;Organisation;Organisationstyp;E-post;Telefon;Grupper;Anteckningar')
    expect(lines[1]).toBe(`"'=HYPERLINK(""http://example.org"",""Klicka"")";"Samordnare; fält";;;tricky@example.org;'+45 33 12 34 56;;"Två\r\nrader med ""citat"""`.replace('\r\n', '\n'))
    expect(lines[2]).toBe('Anna Lindqvist;Kommunpolis;Polisen Lpo Skärholmen;Polis;anna.lindqvist@example.org;08-401 23 45;Kallade till lokala BRÅ;Föredrar mejl')
    expect(text.endsWith('\r\n')).toBe(true)
  })

  it('writes .xlsx with a bold header row and sized columns, and re-imports to the same people', async () => {
    const bytes = await roundTrip('xlsx')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(bytes as unknown as ArrayBuffer)
    const ws = wb.getWorksheet('Kontakter')
    expect(ws?.getRow(1).font?.bold).toBe(true)
    expect(ws?.getCell('A2').value).toBe(tricky.name)
    expect(ws?.getCell('A3').value).toBe('Anna Lindqvist')
    expect(ws?.getColumn(5).width).toBeGreaterThan(20)
    expect(ws?.getColumn(4).width).toBeLessThan(20)
  })

  it('exports only the given contacts (a filtered view) and nothing when the dialog is cancelled', async () => {
    await withTempDir(async (dir) => {
      const h = harness(seededDatabase())
      expect(await h.call('contacts.export', { format: 'csv' })).toEqual({ status: 'cancelled' })
      h.dialogs.save = join(dir, 'urval.csv')
      expect(await h.call('contacts.export', { format: 'csv', ids: ['contact-bertil'] })).toMatchObject({ count: 1 })
      const text = await readFile(h.dialogs.save, 'utf8')
      expect(text).toContain('Bertil Åström')
      expect(text).not.toContain('Anna')
    })
  })

  it('tells her in Swedish when the file cannot be written', async () => {
    const h = harness(seededDatabase())
    h.dialogs.save = '/finns/inte/mapp/kontakter.xlsx'
    const result = await h.raw('contacts.export', { format: 'xlsx' })
    expect(result).toMatchObject({ ok: false, error: { code: 'storage', message: expect.stringMatching(/kunde inte sparas/) } })
  })

  it('guards every cell Excel would treat as a formula', async () => {
    expect(['=1+1', '+46', '-x', '@SUM(A1)', 'Anna'].map(guardCell)).toEqual(["'=1+1", "'+46", "'-x", "'@SUM(A1)", 'Anna'])
    expect(await toCsv({ name: 'x', columns: ['A'], rows: [['=1']] })).toBe("\uFEFFA\r\n'=1\r\n")
  })
})
