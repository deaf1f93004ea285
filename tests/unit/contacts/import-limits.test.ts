import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { guessMapping } from '../../../src/main/services/contacts/import/guess-mapping'
import { headerDelimiter } from '../../../src/main/services/contacts/import/read-csv'
import { readImportFile } from '../../../src/main/services/contacts/import/read-file'
import { rowToContact } from '../../../src/main/services/contacts/import/rows'
import { CONTACT_TEXT_LIMITS, ContactInputSchema } from '../../../src/shared/contract/contacts'
import { checkXlsxLimits } from '../../../src/main/services/contacts/import/xlsx-limits'
import { fixture, withTempDir } from './support'

describe('CSV delimiter', () => {
  it('reads a short two-column `;` file ending in CRLF as two columns', async () => {
    const table = await readImportFile(fixture('semicolon-short-crlf.csv'))
    expect(table.headers).toEqual(['Namn', 'E-post'])
    const contacts = table.rows.map((r) => rowToContact(r, guessMapping(table.headers)).contact)
    expect(contacts.map((c) => [c?.name, c?.email])).toEqual([0, 1, 2, 3, 4].map((i) => [`Person ${i}`, `p${i}@example.org`]))
  })

  it('takes the delimiter from the header line, ignoring quoted ones', () => {
    expect(headerDelimiter('Namn;E-post\r\na,b,c,d\r\n')).toBe(';')
    expect(headerDelimiter('"Namn; förnamn",E-post,Telefon\n')).toBe(',')
    expect(headerDelimiter('\r\n\r\nNamn\tE-post\n')).toBe('\t')
    expect(headerDelimiter('Namn\nAnna;x\n')).toBeNull()
  })

  it('says so when no delimiter can be found and the file is read as one column', async () => {
    await withTempDir(async (dir) => {
      await writeFile(join(dir, 'en.csv'), 'Namn\r\nAnna Berg\r\nBo Ek\r\n')
      const table = await readImportFile(join(dir, 'en.csv'))
      expect(table.headers).toEqual(['Namn'])
      expect(table.problems).toEqual(['Avgränsaren kunde inte avgöras; filen läses som en enda kolumn.'])
    })
  })
})

describe('Windows-1252 and control characters', () => {
  it('decodes every byte 0x80–0x9F as Windows-1252 means it, and drops the five it does not define', async () => {
    const table = await readImportFile(fixture('windows1252-c1.csv'))
    expect(table.rows[0].cells).toEqual(['Åsa Öberg', 'Områdespolis – Hägersten', '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ'])
    expect(table.rows[1].cells).toEqual(['Bo Ek', '”Trygg” förening', '5 € …'])
    expect(table.problems).toEqual(['Rad 2: osynliga styrtecken togs bort eller lästes som Windows-1252-tecken (som – ” €).'])
    expect(JSON.stringify(table)).not.toMatch(/[\u0080-\u009F\uFFFD]/)
  })

  it('maps C1 controls in a UTF-8 file (text once mis-decoded) and drops other controls, NUL and lone surrogates', async () => {
    await withTempDir(async (dir) => {
      const rows = ['Namn;Organisation', 'Anna\u0000 Berg\u0001;Områdespolis \u0096 Hägersten\uD800', 'Bo Ek;Skolan']
      await writeFile(join(dir, 'c1.csv'), rows.join('\r\n'))
      const table = await readImportFile(join(dir, 'c1.csv'))
      expect(table.rows.map((r) => r.cells)).toEqual([['Anna Berg', 'Områdespolis – Hägersten'], ['Bo Ek', 'Skolan']])
      expect(table.problems).toEqual([expect.stringMatching(/^Rad 2: osynliga styrtecken/)])
    })
  })
})

describe('import limits', () => {
  it('refuses more than 20,000 rows with a Swedish message', async () => {
    await withTempDir(async (dir) => {
      const lines = ['Namn;E-post', ...Array.from({ length: 20_001 }, (_, i) => `Person ${i};p${i}@example.org`)]
      await writeFile(join(dir, 'stor.csv'), lines.join('\r\n'))
      await expect(readImportFile(join(dir, 'stor.csv'))).rejects.toMatchObject({
        code: 'invalidInput',
        message: expect.stringMatching(/^Filen har 20\s001 rader\. En import kan ha högst 20\s000 rader/)
      })
    })
  })

  it('refuses an .xlsx sheet of more than 20,000 rows while streaming it, before exceljs loads it', async () => {
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('Kontakter')
    ws.addRow(['Namn'])
    for (let i = 0; i < 20_001; i++) ws.addRow([`P${i}`])
    const bytes = Buffer.from(await wb.xlsx.writeBuffer())
    await expect(checkXlsxLimits(bytes)).rejects.toMatchObject({ message: expect.stringMatching(/^Filen har 20\s001 rader/) })
  })

  it('lets a normal workbook through', async () => {
    await expect(checkXlsxLimits(await readFile(fixture('merged-headers.xlsx')))).resolves.toBeUndefined()
  })

  it('refuses an xlsx bomb (2 MB that inflates to 2 GB) by its declared size, without unpacking it', async () => {
    const before = process.memoryUsage().rss
    await expect(readImportFile(fixture('xlsx-bomb.xlsx'))).rejects.toMatchObject({ code: 'invalidInput', message: expect.stringMatching(/mer än 60 MB/) })
    expect(process.memoryUsage().rss - before).toBeLessThan(150 * 1024 * 1024)
  })

  it('stops a bomb whose directory lies about its size within the limit, with little memory', async () => {
    const bytes = await readFile(fixture('xlsx-bomb.xlsx'))
    // Declare 1,000 bytes in both the local header and the central directory.
    bytes.writeUInt32LE(1000, 22)
    bytes.writeUInt32LE(1000, bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 24)
    const before = process.memoryUsage().rss
    await expect(checkXlsxLimits(bytes)).rejects.toMatchObject({ code: 'invalidInput', message: expect.stringMatching(/mer än 60 MB/) })
    expect(process.memoryUsage().rss - before).toBeLessThan(150 * 1024 * 1024)
  })

  it('says a broken .xlsx is not a workbook', async () => {
    await expect(checkXlsxLimits(Buffer.from('inte en zip'))).rejects.toMatchObject({ message: expect.stringMatching(/kunde inte läsas som en Excel-arbetsbok/) })
  })
})

describe('import field limits are the save schema’s', () => {
  const headers = ['Namn', 'Titel', 'Organisation', 'E-post', 'Anteckningar']
  const mapping = guessMapping(headers)
  const row = (cells: string[]) => ({ rowNumber: 2, label: 'Rad 2', cells })
  const base = ['Anna Berg', 'Polis', 'Polisen', 'anna@example.org', '']
  const fields = ['name', 'title', 'organisation', 'email', 'notes'] as const
  const longest = (field: (typeof fields)[number]) =>
    field === 'email' ? `${'a'.repeat(64)}@${'b'.repeat(CONTACT_TEXT_LIMITS.email - 69)}.org` : 'x'.repeat(CONTACT_TEXT_LIMITS[field])

  it.each(fields)('a %s at the limit is imported and would save; one character more is refused, naming the row', (field) => {
    const at = [...base]
    at[fields.indexOf(field)] = longest(field)
    const imported = rowToContact(row(at), mapping).contact
    expect(imported).not.toBeNull()
    const input = { name: imported!.name, title: imported!.title, email: imported!.email, notes: imported!.notes, newOrganisation: { name: imported!.organisation } }
    expect(ContactInputSchema.safeParse(input).success).toBe(true)

    const over = [...at]
    over[fields.indexOf(field)] = `${field === 'email' ? 'a' : 'x'}${at[fields.indexOf(field)]}`
    const refused = rowToContact(row(over), mapping)
    expect(refused.contact).toBeNull()
    expect(refused.errors.join(' ')).toMatch(new RegExp(`^Rad 2: .* är längre än ${CONTACT_TEXT_LIMITS[field]} tecken\\.`))
    expect(ContactInputSchema.safeParse({ ...input, [field === 'organisation' ? 'newOrganisation' : field]: field === 'organisation' ? { name: over[2] } : over[fields.indexOf(field)] }).success).toBe(false)
  })
})
