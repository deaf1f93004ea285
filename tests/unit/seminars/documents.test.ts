import { describe, expect, it } from 'vitest'
import { buildInvitation } from '../../../src/main/documents/seminars/invitation'
import { buildKitchen } from '../../../src/main/documents/seminars/kitchen'
import { buildParticipants } from '../../../src/main/documents/seminars/participants'
import { EXAMPLE_IDS, exampleDatabase } from '../../../src/main/example'
import { kitchenSummary } from '../../../src/shared/seminars/kitchen'
import { accessibilityProblems, documentText, firstMissingInOrder, malformedParts, paragraphsOf, unzipDocx } from '../../support/docx'
import { squash } from '../documents/facts'
import { noFile } from '../documents/fixtures'

const db = exampleDatabase()
const seminar = db.seminars.find((s) => s.id === EXAMPLE_IDS.seminar)!
const regs = db.registrations.filter((r) => r.seminarId === seminar.id)
const deps = { readFile: noFile, now: () => new Date('2019-03-01T08:00:00Z') }
const body = (parts: Map<string, string>) => paragraphsOf(parts.get('word/document.xml') ?? '')

describe('the inbjudan of the example breakfast seminar (formats.md §6)', () => {
  const build = async () => unzipDocx(await buildInvitation(seminar, db.settings, deps))

  it('is well-formed and passes the accessibility list of formats.md §2', async () => {
    const parts = await build()
    expect(malformedParts(parts)).toEqual([])
    expect(accessibilityProblems(parts)).toEqual([])
  })

  it('says everything in the order §6 asks', async () => {
    const text = squash(documentText(await build()))
    const expected = [
      'Inbjudan till frukostseminarium: Trygg handel i Liljeholmen',
      'Vi bjuder in näringslivet i Hägersten-Liljeholmen',
      'Datum: Torsdagen den 28 mars 2019',
      'Tid: kl. 07.30–09.00',
      'Plats: Hägersten-Liljeholmens SDF, Telefonvägen 30, plan 9',
      'Kostnad: Kostnadsfritt',
      'Vi bjuder på frukost',
      'I samarbete med Polisen Lpo Skärholmen.',
      'Program',
      '07.30 Frukost och mingel',
      '07.50 Välkommen – Clas Cederlid, preventionssamordnare',
      '08.50 Frågor och avslutning',
      'Anmälan',
      'Anmäl dig senast torsdagen den 21 mars 2019',
      'Uppge namn, organisation, antal platser och eventuell specialkost.',
      'Antalet platser är begränsat till 8, högst 2 per organisation.',
      'Uppgift om specialkost raderas 7 dagar efter seminariet.',
      'Välkommen!',
      'Kontakt:'
    ]
    expect(firstMissingInOrder(text, expected.map(squash))).toBeNull()
  })

  it('has one Heading 1, Heading 2 Program and Anmälan, and the programme as a real list', async () => {
    const paragraphs = body(await build())
    expect(paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual(['Inbjudan till frukostseminarium: Trygg handel i Liljeholmen'])
    expect(paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual(['Program', 'Anmälan'])
    expect(paragraphs.filter((p) => p.hasNumbering)).toHaveLength(seminar.program.length)
  })
})

describe('the deltagarlista for the door', () => {
  const build = async () => unzipDocx(await buildParticipants(seminar, regs, db.settings, deps))

  it('is well-formed, accessible, and its header row repeats on every page', async () => {
    const parts = await build()
    expect(malformedParts(parts)).toEqual([])
    expect(accessibilityProblems(parts)).toEqual([])
    const xml = parts.get('word/document.xml')!
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(2)
  })

  it('lists the booked sorted by organisation then name, with an empty box to tick; the waiting list apart, in order', async () => {
    const text = documentText(await build())
    const lines = text.split('\n')
    const start = lines.indexOf('Närvarande')
    const cells = lines.slice(start + 1, lines.indexOf('Reservlista'))
    const rows = Array.from({ length: cells.length / 4 }, (_, i) => cells.slice(i * 4, i * 4 + 4))
    expect(rows).toEqual([
      ['Johan Ek (2 platser)', 'Hägerstens Bostäder AB', '–', '\u2610'],
      ['Maria Lindqvist (2 platser)', 'Liljeholmens Bageri AB', 'Glutenfri', '\u2610'],
      ['Sara Nilsson', 'Restaurang Telefonplan', 'Laktosfri', '\u2610'],
      ['Omar Haddad', 'Telefonplans Cykel & Sport', '–', '\u2610'],
      ['Karin Berg (2 platser)', 'Västertorps Livs AB', 'Vegetarisk', '\u2610']
    ])
    expect(lines.slice(lines.indexOf('Reservlista'))).toEqual(['Reservlista', 'Nr', 'Namn', 'Organisation', 'Platser', '1', 'Anna Fors', 'Fors Frisörsalong', '1', '2', 'Mikael Strand', 'Strands Optik', '1'])
    expect(text).toContain('8 av 8 platser bokade, 5 anmälningar.')
    expect(text).not.toContain('Peter Holm')
  })
})

describe('Köket', () => {
  it('counts seats per diet and in total, and names no one', async () => {
    const summary = kitchenSummary(regs, null)
    expect(summary).toEqual({
      totalSeats: 8, plainSeats: 3, erasedAt: null,
      diets: [{ diet: 'Glutenfri', seats: 2 }, { diet: 'Vegetarisk', seats: 2 }, { diet: 'Laktosfri', seats: 1 }]
    })
    const parts = await unzipDocx(await buildKitchen(seminar, summary, db.settings, deps))
    expect(accessibilityProblems(parts)).toEqual([])
    const text = documentText(parts)
    expect(squash(text)).toContain(squash('Antal portioner: 8'))
    for (const r of regs) expect(text).not.toContain(r.name)
  })

  it('merges needs typed alike and leaves out waiting and cancelled', () => {
    const alike = regs.map((r) => (r.name === 'Sara Nilsson' ? { ...r, dietaryNeeds: ' glutenfri ' } : r))
    expect(kitchenSummary(alike, null).diets[0]).toEqual({ diet: 'Glutenfri', seats: 3 })
  })
})
