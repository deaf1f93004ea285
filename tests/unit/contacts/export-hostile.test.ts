import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { XMLValidator } from 'fast-xml-parser'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { XLSX_CELL_MAX } from '../../../src/main/services/contacts/sheet'
import type { Database } from '../../../src/shared/domain/database'
import { HOSTILE, HOSTILE_LIST, REPLACEMENT_CHARACTER, XML_ILLEGAL } from '../../support/hostile'
import { harness, seededDatabase, withTempDir } from './support'

const T = '2019-01-10T09:00:00.000Z'

/**
 * The seeded register with one contact per hostile string (in every free-text field),
 * an organisation and a group named by it, and a registration holding it. Written
 * straight into the data, as an older version or a hand-edited file could hold it.
 */
function hostileDatabase(): Database {
  const db = seededDatabase()
  HOSTILE_LIST.forEach((text, i) => {
    db.organisations.push({ id: `org-h${i}`, name: text, kind: 'other', createdAt: T, updatedAt: T })
    db.groups.push({ id: `grp-h${i}`, name: text, kind: 'custom', createdAt: T, updatedAt: T })
    db.contacts.push({
      id: `contact-h${i}`, name: text, title: text, organisationId: `org-h${i}`, email: `h${i}@example.org`, phone: '',
      groupIds: [`grp-h${i}`], notes: text, createdAt: T, updatedAt: T
    })
    db.registrations.push({
      id: `reg-h${i}`, seminarId: 's-frukost', contactId: 'contact-anna', name: text, organisation: text, email: '', seats: 1,
      dietaryNeeds: text, status: 'booked', registeredAt: T, cancelledAt: null, checkedInAt: null, updatedAt: T,
      organisationId: null, late: false, walkIn: false, addedToRegister: false, history: [{ status: 'booked', at: T }]
    })
  })
  return db
}

/** Every XML part of an .xlsx parses, holds no character XML forbids, and no U+FFFD. */
async function expectWellFormedXlsx(bytes: Buffer): Promise<void> {
  const zip = await JSZip.loadAsync(bytes)
  const parts = Object.values(zip.files).filter((f) => !f.dir && /\.(xml|rels)$/.test(f.name))
  expect(parts.map((p) => p.name)).toContain('xl/sharedStrings.xml')
  for (const part of parts) {
    const xml = await part.async('string')
    expect(XMLValidator.validate(xml), part.name).toBe(true)
    expect(XML_ILLEGAL.test(xml), part.name).toBe(false)
    expect(xml.includes(REPLACEMENT_CHARACTER), part.name).toBe(false)
  }
}

async function exported(format: 'xlsx' | 'csv', method = 'contacts.export', extra: object = {}): Promise<Buffer> {
  return withTempDir(async (dir) => {
    const h = harness(hostileDatabase())
    h.dialogs.save = join(dir, `ut.${format}`)
    await h.call(method, { format, ...extra })
    return readFile(h.dialogs.save)
  })
}

const allCellTexts = async (bytes: Buffer): Promise<string[]> => {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(bytes as unknown as ArrayBuffer)
  const texts: string[] = []
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => texts.push(String(c.value)))))
  return texts
}

describe('exports with hostile text', () => {
  it('the register as .xlsx is well-formed, keeps emoji and markup, and caps cells at Excel’s limit', async () => {
    const bytes = await exported('xlsx')
    await expectWellFormedXlsx(bytes)
    const texts = await allCellTexts(bytes)
    for (const kept of [HOSTILE.emoji, HOSTILE.markup, HOSTILE.formula, HOSTILE.bidiOverrides]) expect(texts).toContain(kept)
    expect(texts).toContain('högsurrogat')
    expect(texts).toContain('slutslut')
    expect(texts).toContain('ABCDEFGHI')
    expect(texts).toContain(HOSTILE.long.slice(0, XLSX_CELL_MAX))
  })

  it('the register as CSV is valid UTF-8 without controls, non-characters or U+FFFD', async () => {
    const bytes = await exported('csv')
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    expect(text.slice(1)).not.toMatch(XML_ILLEGAL)
    expect(text).not.toContain(REPLACEMENT_CHARACTER)
    expect(text).toContain(HOSTILE.emoji)
    expect(text).toContain('föreefter')
    expect(text).toContain(HOSTILE.long)
    expect(text).toContain(`"'${HOSTILE.formula.replaceAll('"', '""')}"`)
  })

  it('the register extract as .xlsx is well-formed and holds each registration’s text', async () => {
    const bytes = await exported('xlsx', 'contacts.extract', { id: 'contact-anna' })
    await expectWellFormedXlsx(bytes)
    const texts = await allCellTexts(bytes)
    expect(texts).toContain(HOSTILE.emoji)
    expect(texts).toContain('lågsurrogat')
  })

  it('the register extract as JSON parses and carries no U+FFFD', async () => {
    const bytes = await withTempDir(async (dir) => {
      const h = harness(hostileDatabase())
      h.dialogs.save = join(dir, 'ut.json')
      await h.call('contacts.extract', { id: 'contact-anna', format: 'json' })
      return readFile(h.dialogs.save)
    })
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    expect(text).not.toContain(REPLACEMENT_CHARACTER)
    const seminars = JSON.parse(text).Seminarier as Record<string, string>[]
    expect(seminars.map((s) => s['Specialkost'])).toContain(HOSTILE.markup)
  })
})
