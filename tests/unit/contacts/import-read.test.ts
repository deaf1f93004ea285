import { copyFile, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { guessMapping } from '../../../src/main/services/contacts/import/guess-mapping'
import { decodeText } from '../../../src/main/services/contacts/import/decode'
import { readCsv } from '../../../src/main/services/contacts/import/read-csv'
import { readImportFile } from '../../../src/main/services/contacts/import/read-file'
import { rowToContact } from '../../../src/main/services/contacts/import/rows'
import type { ImportTable } from '../../../src/main/services/contacts/import/table'
import { fixture, withTempDir } from './support'

/** Every row as the contact it becomes with the guessed mapping (or its errors). */
function contactsOf(table: ImportTable) {
  const mapping = guessMapping(table.headers)
  return table.rows.map((row) => rowToContact(row, mapping))
}

describe('reading CSV', () => {
  it('reads Swedish Excel CSV: Windows-1252, semicolons, Förnamn + Efternamn combined', async () => {
    const bytes = await readFile(fixture('excel-sv-windows1252.csv'))
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow()
    const table = await readImportFile(fixture('excel-sv-windows1252.csv'))
    expect(table.headers).toEqual(['Förnamn', 'Efternamn', 'Organisation', 'Befattning', 'E-post', 'Telefon', 'Mobil'])
    const rows = contactsOf(table)
    expect(rows.map((r) => r.errors)).toEqual([[], [], [], []])
    expect(rows.map((r) => r.contact?.name)).toEqual(['Åsa Öberg', 'Björn Ängström', 'René Ekström', 'Ulla Nordström'])
    expect(rows[0].contact).toMatchObject({ organisation: 'Polisen Lpo Skärholmen', title: 'Kommunpolis', phone: '08-401 23 45' })
    // Mobile used when there is no phone; both given: the mobile goes into the notes.
    expect(rows[1].contact?.phone).toBe('070-123 45 67')
    expect(rows[2].contact?.phone).toBe('08-508 22 030')
    expect(rows[3].contact).toMatchObject({ phone: '08-508 10 000', notes: 'Mobil: 070-987 65 43' })
  })

  it('reads UTF-8 with BOM, keeping a quoted semicolon and line break in a cell', async () => {
    const table = await readImportFile(fixture('utf8-bom.csv'))
    expect(table.headers[0]).toBe('Namn')
    const [karin, jorgen] = contactsOf(table)
    expect(karin.contact).toMatchObject({ name: 'Karin Åkesson', organisation: 'Storstockholms brandförsvar', notes: 'Ring före 9; helst\nmåndagar' })
    expect(jorgen.contact).toMatchObject({ name: 'Jörgen Lindé', phone: '076-555 12 34', title: 'Fältassistent' })
  })

  it('reads comma-separated UTF-8 with English headings', async () => {
    const table = await readImportFile(fixture('utf8-comma.csv'))
    expect(guessMapping(table.headers)).toMatchObject({ name: 0, organisation: 1, email: 2, phone: 3, title: 4 })
    const [maria, peter] = contactsOf(table)
    expect(maria.contact).toMatchObject({ name: 'Östlund, Maria', organisation: 'Micasa Fastigheter', phone: '08-123 45 678' })
    expect(peter.contact).toMatchObject({ name: 'Peter Müller', organisation: 'Café Liljeholmen, AB', title: 'Ägare' })
  })

  it('names the row of every broken line, as numbered in the file', async () => {
    const table = await readImportFile(fixture('broken-rows.csv'))
    const errors = contactsOf(table).flatMap((r) => r.errors)
    expect(errors).toEqual([
      'Rad 3: namn saknas.',
      'Rad 4: ogiltig e-postadress "bo.ek@@example.org".',
      'Rad 5: telefonnumret "12345" går inte att tolka.',
      expect.stringMatching(/^Rad 6: raden har 6 fält men rubrikraden 4/)
    ])
    expect(table.problems).toEqual(['Rad 7: ett citattecken avslutas aldrig.'])
    expect(contactsOf(table)[0].contact?.name).toBe('Anna Berg')
  })

  it('decodes UTF-16 "Unicode text" and strips the BOM', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'Namn\nÅsa'].flatMap((c) => [c.charCodeAt(0), 0])])
    expect(decodeText(utf16)).toBe('Namn\nÅsa')
    expect(readCsv(new TextEncoder().encode('\uFEFFNamn;E-post\nÅsa;a@example.org')).headers).toEqual(['Namn', 'E-post'])
  })
})

describe('reading .xlsx', () => {
  it('skips a merged title row, names empty and merged-over headings, and fills merged cells', async () => {
    const table = await readImportFile(fixture('merged-headers.xlsx'))
    expect(table.headers).toEqual(['Namn', 'Organisation', 'Telefon', 'Kolumn 4', 'Kolumn 5', 'E-post'])
    expect(table.rows.map((r) => r.rowNumber)).toEqual([3, 4, 6])
    const [lars, sofia, emile] = contactsOf(table)
    expect(lars.contact).toMatchObject({ name: 'Lars Öhman', organisation: 'Polisen', phone: '08-401 11 11', email: 'lars.ohman@example.org' })
    // The organisation is merged down over Sofia's row; her phone was a number without its leading zero; her e-mail a link.
    expect(sofia.contact).toMatchObject({ name: 'Sofia Hägg', organisation: 'Polisen', phone: '08-401 22 222', email: 'sofia.hagg@example.org' })
    expect(emile.contact).toMatchObject({ name: 'Émile Åberg', organisation: 'Föreningslivet' })
  })

  it('refuses unreadable, missing and unsupported files with Swedish messages', async () => {
    await withTempDir(async (dir) => {
      const fake = join(dir, 'lista.xlsx')
      await copyFile(fixture('utf8-comma.csv'), fake)
      await expect(readImportFile(fake)).rejects.toThrow(/kunde inte läsas som en Excel-arbetsbok/)
      await expect(readImportFile(join(dir, 'finns-inte.csv'))).rejects.toThrow(/kunde inte öppnas/)
      await expect(readImportFile(join(dir, 'lista.docx'))).rejects.toThrow(/Välj en Excel-fil/)
    })
  })
})

describe('reading vCard', () => {
  it('reads vCard 3.0 from Outlook: folded lines, escapes, structured names, mobile', async () => {
    const table = await readImportFile(fixture('outlook-3.vcf'))
    const [annaLena, goran] = contactsOf(table)
    expect(annaLena.contact).toEqual({
      name: 'Anna-Lena Åhlén',
      title: 'Kommunpolis',
      email: 'anna-lena.ahlen@example.org',
      phone: '08-401 00 00',
      organisation: 'Polisen, Lokalpolisområde Skärholmen',
      notes: 'Kontaktperson för trygghetsvandringar i Fruängen, Västertorp och Hägersten. Nås bäst på förmiddagar.\nMobil: 070-123 45 67'
    })
    expect(goran.contact).toMatchObject({ name: 'Göran Öst', organisation: 'Stockholmshem' })
    expect(table.rows.map((r) => r.label)).toEqual(['Kontakt 1', 'Kontakt 2'])
  })

  it('reads vCard 2.1 from Outlook for Windows: Windows-1252, bare types, quoted-printable, photo ignored', async () => {
    const table = await readImportFile(fixture('outlook-21.vcf'))
    expect(table.problems).toEqual([])
    expect(contactsOf(table)).toEqual([
      {
        errors: [],
        contact: {
          name: 'Bertil Åström',
          title: 'Rektor',
          email: 'bertil.astrom@example.org',
          phone: '08-508 11 111',
          organisation: 'Västbergaskolan',
          notes: 'Träffas säkrast på tisdagar.\nVill ha kallelse per e-post.\nMobil: 070-111 22 33'
        }
      }
    ])
  })

  it('reads vCard 4.0 with a tel: URI', async () => {
    const [marta] = contactsOf(await readImportFile(fixture('contacts-4.vcf')))
    expect(marta.contact).toMatchObject({
      name: 'Märta Ekdahl',
      phone: '073-123 45 67',
      title: 'Kurator',
      notes: 'Vill ha kallelser via e-post och inte på papper.'
    })
  })
})

describe('guessing the mapping', () => {
  it('recognises Swedish headings regardless of case, accents and decoration', () => {
    const headers = ['NAMN', 'Epost', 'Mobiltelefon', 'Företag', 'Roll', 'Övrigt', 'Tel. arbete']
    expect(guessMapping(headers)).toEqual({ name: 0, firstName: null, lastName: null, email: 1, phone: 6, mobile: 2, organisation: 3, title: 4, notes: 5 })
    expect(guessMapping(['Verksamhet', 'Mail', 'Befattning', 'Anteckningar', 'Kontaktperson'])).toMatchObject({ organisation: 0, email: 1, title: 2, notes: 3, name: 4 })
  })
})
