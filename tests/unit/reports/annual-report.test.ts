import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildAnnualReport } from '../../../src/main/documents/reports/annual'
import { pngRenderer } from '../../../src/main/documents/reports/chart/raster'
import { exampleDatabase } from '../../../src/main/example'
import { emptyRichText } from '../../../src/shared/rich-text'
import { bulletList, doc, paragraph } from '../../../src/shared/rich-text'
import { yearFigures } from '../../../src/shared/reports/figures'
import { accessibilityProblems, documentText, firstMissingInOrder, malformedParts, paragraphsOf, unzipDocx } from '../../support/docx'
import { noFile } from '../documents/fixtures'
import { FIXTURE_YEAR, fixtureDatabase } from './fixture-year'

const renderPng = pngRenderer(resolve('resources/fonts'))
const deps = { readFile: noFile, now: () => new Date('2022-01-20T10:00:00Z'), renderPng }
const texts = {
  introduction: doc(paragraph('Året präglades av arbetet i Västertorp.'), bulletList([paragraph('Fyra möten')], [paragraph('Två seminarier')])),
  conclusion: doc(paragraph('Tack till alla som deltagit.')),
  openQuestions: []
}

/** The rows of every table in the body, each row its cells' text. */
function tablesOf(xml: string): string[][][] {
  return (xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).map((t) =>
    (t.match(/<w:tr\b[\s\S]*?<\/w:tr>/g) ?? []).map((row) => (row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map((c) => paragraphsOf(c).map((p) => p.text).join(' ')))
  )
}

async function fixtureReport() {
  const db = fixtureDatabase()
  const parts = await unzipDocx(await buildAnnualReport(yearFigures(db, FIXTURE_YEAR), texts, db.settings, deps))
  return { parts, body: parts.get('word/document.xml') ?? '' }
}

describe('Verksamhetsberättelse lokala BRÅ on the fixture year', () => {
  it('passes the accessibility checks and every part is well-formed', async () => {
    const { parts } = await fixtureReport()
    expect(malformedParts(parts)).toEqual([])
    expect(accessibilityProblems(parts)).toEqual([])
    expect(parts.get('docProps/core.xml')).toContain('<dc:title>Verksamhetsberättelse lokala BRÅ 2021</dc:title>')
  })

  it('has her introduction first and her conclusion last, around the figures, with real headings and list', async () => {
    const { parts, body } = await fixtureReport()
    const headings = paragraphsOf(body).filter((p) => p.style?.startsWith('Heading')).map((p) => `${p.style}:${p.text}`)
    expect(headings).toEqual([
      'Heading1:Verksamhetsberättelse lokala BRÅ 2021', 'Heading2:Inledning', 'Heading2:Möten', 'Heading3:Närvaro per organisation',
      'Heading2:Prioriterade områden och insatser', 'Heading3:Ungdomar', 'Heading3:Västertorp', 'Heading2:Beslut', 'Heading2:Uppdrag',
      'Heading2:Seminarier', 'Heading2:Avslutning'
    ])
    expect(paragraphsOf(body).filter((p) => p.hasNumbering).map((p) => p.text)).toEqual(['Fyra möten', 'Två seminarier'])
    expect(firstMissingInOrder(documentText(parts), ['Året präglades', 'Lokala BRÅ höll 4 möten under 2021.', '3 uppdrag gavs under året, varav 2 är klara.', 'Tack till alla'])).toBeNull()
  })

  it('gives the exact figures in captioned data tables', async () => {
    const { body } = await fixtureReport()
    const captions = paragraphsOf(body).filter((p) => p.style === 'Caption').map((p) => p.text)
    expect(captions).toEqual([
      'Tabell 1. Möten 2021 och antal närvarande', 'Figur 1. Antal närvarande per möte 2021', 'Tabell 2. Närvarande per organisation och möte 2021',
      'Tabell 3. Insatser för Ungdomar', 'Tabell 4. Insatser för Västertorp', 'Tabell 5. Beslut 2021', 'Tabell 6. Uppdrag givna 2021',
      'Tabell 7. Seminarier 2021', 'Tabell 8. Räckvidd 2021'
    ])
    const [meetings, attendance, ungdomar, vastertorp, decisions, assignments, seminars, reach] = tablesOf(body)
    expect(meetings).toEqual([['Datum', 'Antal närvarande'], ['2021-02-12', '4'], ['2021-05-07', '3'], ['2021-09-17', '3'], ['2021-11-26', '2']])
    expect(attendance).toEqual([
      ['Organisation', '2021-02-12', '2021-05-07', '2021-09-17', '2021-11-26', 'Totalt'],
      ['Mälarhöjdens skola', '1', '0', '1', '1', '3'],
      ['Polisen Lpo Skärholmen', '2', '1', '2', '1', '6'],
      ['Övriga', '1', '2', '0', '0', '3'],
      ['Totalt', '4', '3', '3', '2', '12']
    ])
    expect(ungdomar).toEqual([['Insats', 'Ansvarig', 'Start', 'Status'], ['Kvällsöppet på fritidsgården', 'Fritidsgården Axelsberg', '2021-06-01', 'Pågår']])
    expect(vastertorp[1]).toEqual(['Trygghetsvandring i Västertorp', 'Olle Olsson', '2021-04-15', 'Genomförd'])
    expect(decisions.slice(1).map((r) => [r[0], r[2]])).toEqual([
      ['2021-02-12', 'Trygghetsvandring i Västertorp genomförs i april.'],
      ['2021-09-17', 'Polisen och skolan tar fram en gemensam lägesbild för Liljeholmen.']
    ])
    expect(assignments).toEqual([['Givna', 'Klara', 'Pågående', 'Strukna'], ['3', '2', '1', '0']])
    expect(seminars.slice(1)).toEqual([['2021-03-25', 'Seminarium s1', '4', '3', '1', '2'], ['2021-10-14', 'Seminarium s2', '2', '2', '1', '2']])
    expect(Object.fromEntries(reach.slice(1))).toMatchObject({ 'Seminarier hållna': '2', Anmälningar: '6', Deltagare: '5', Uteblev: '2', 'Organisationer totalt': '3', 'Nya kontakter i registret': '1' })
  })

  it('has one chart picture whose alt text gives the same numbers as its table', async () => {
    const { parts, body } = await fixtureReport()
    const docPrs = body.match(/<wp:docPr\b[^>]*>/g) ?? []
    expect(docPrs).toHaveLength(1)
    expect(docPrs[0]).toContain('descr="Stapeldiagram över antalet närvarande vid lokala BRÅ:s möten 2021: 2021-02-12 4, 2021-05-07 3, 2021-09-17 3, 2021-11-26 2. Samma siffror står i tabell 1."')
    const media = [...parts.keys()].filter((k) => k.startsWith('word/media/'))
    expect(media).toHaveLength(1)
  })
})

describe('Verksamhetsberättelse on the example data', () => {
  it('reports 2019: one meeting, its decision and open assignment, no seminar held yet, and no empty sections of hers', async () => {
    const db = exampleDatabase()
    const none = { introduction: emptyRichText(), conclusion: emptyRichText(), openQuestions: [] }
    const parts = await unzipDocx(await buildAnnualReport(yearFigures(db, 2019), none, db.settings, deps))
    expect(accessibilityProblems(parts)).toEqual([])
    const text = documentText(parts)
    expect(text).not.toContain('Inledning')
    expect(text).not.toContain('Avslutning')
    expect(firstMissingInOrder(text, ['Lokala BRÅ höll 1 möte under 2019.', '2019-02-22', 'personrånen mot unga', '1 uppdrag gavs under året, varav 0 är klara.', 'Inga seminarier hölls under året.'])).toBeNull()
  })
})
