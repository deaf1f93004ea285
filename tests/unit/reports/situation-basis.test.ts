import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildSituationBasis } from '../../../src/main/documents/reports/basis'
import { pngRenderer } from '../../../src/main/documents/reports/chart/raster'
import { doc, emptyRichText, paragraph } from '../../../src/shared/rich-text'
import { yearFigures } from '../../../src/shared/reports/figures'
import { accessibilityProblems, documentText, firstMissingInOrder, malformedParts, paragraphsOf, unzipDocx } from '../../support/docx'
import { noFile } from '../documents/fixtures'
import { exampleDatabase } from '../../../src/main/example'
import { FIXTURE_YEAR, fixtureDatabase, fixtureId as id } from './fixture-year'

const deps = { readFile: noFile, now: () => new Date('2022-01-20T10:00:00Z'), renderPng: pngRenderer(resolve('resources/fonts')) }
const texts = {
  introduction: doc(paragraph('Underlaget sammanfattar vad lokala BRÅ har sett under året.')),
  conclusion: emptyRichText(),
  openQuestions: [{ areaId: id('vastertorp'), text: 'Varför ökar rånen på kvällarna?\nVilka fler kan vara med?' }]
}

async function basis() {
  const db = fixtureDatabase()
  const parts = await unzipDocx(await buildSituationBasis(yearFigures(db, FIXTURE_YEAR), texts, db.settings, deps))
  return { parts, body: parts.get('word/document.xml') ?? '' }
}

describe('Underlag till lägesbild och åtgärdsplan on the fixture year', () => {
  it('passes the accessibility checks, with its title in the properties', async () => {
    const { parts } = await basis()
    expect(malformedParts(parts)).toEqual([])
    expect(accessibilityProblems(parts)).toEqual([])
    expect(parts.get('docProps/core.xml')).toContain('<dc:title>Underlag till lägesbild och åtgärdsplan 2021</dc:title>')
  })

  it('has per active area a Heading 2 with the year’s observations, the insatser and her open questions', async () => {
    const { parts, body } = await basis()
    const headings = paragraphsOf(body).filter((p) => p.style?.startsWith('Heading')).map((p) => `${p.style}:${p.text}`)
    expect(headings).toEqual([
      'Heading1:Underlag till lägesbild och åtgärdsplan 2021', 'Heading2:Inledning',
      'Heading2:Ungdomar', 'Heading3:Iakttagelser under året', 'Heading3:Beslutade insatser', 'Heading3:Öppna frågor',
      'Heading2:Västertorp', 'Heading3:Iakttagelser under året', 'Heading3:Beslutade insatser', 'Heading3:Öppna frågor'
    ])
    const bullets = paragraphsOf(body).filter((p) => p.hasNumbering).map((p) => p.text)
    // From the Lägesbild's timeline rule: the tagged paragraph and decision, the whole tagged item; not the 2020 meeting's.
    expect(bullets).toEqual([
      '2021-09-17: Fritidsgården ser fler unga på kvällarna.',
      '2021-02-12: Polisen rapporterar fler personrån vid Västertorps torg.',
      '2021-02-12: Beslut: Trygghetsvandring i Västertorp genomförs i april.'
    ])
    expect(firstMissingInOrder(documentText(parts), [
      'Underlaget sammanfattar', 'Ungdomar', 'Typ: Grupp', 'Prioriterat sedan: 2021-03-01', 'Underlag: Polisens statistik',
      'Fritidsgården ser fler unga', 'Kvällsöppet på fritidsgården', 'Fritidsgården Axelsberg', 'Pågår', 'Inga öppna frågor är noterade.',
      'Västertorp', 'Trygghetsvandring i Västertorp', 'Olle Olsson', 'Genomförd', 'Varför ökar rånen på kvällarna?', 'Vilka fler kan vara med?'
    ])).toBeNull()
  })

  it('leaves out the area closed before the year and the insats begun after it', async () => {
    const text = documentText((await basis()).parts)
    expect(text).not.toContain('Påträngande tiggeri')
    expect(text).not.toContain('Ny belysning vid Västertorps torg')
    expect(text).not.toContain('Västertorp följs upp nästa år.')
  })
})

describe('Underlag till lägesbild och åtgärdsplan on the example data', () => {
  it('has the five priority areas of the minutes, Ungdomar with what 2019-02-22 said and its planned insats', async () => {
    const db = exampleDatabase()
    const none = { introduction: emptyRichText(), conclusion: emptyRichText(), openQuestions: [] }
    const parts = await unzipDocx(await buildSituationBasis(yearFigures(db, 2019), none, db.settings, deps))
    expect(accessibilityProblems(parts)).toEqual([])
    const body = parts.get('word/document.xml') ?? ''
    expect(paragraphsOf(body).filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual([
      'Liljeholmen', 'Påträngande tiggeri/olovliga bosättningar', 'Ungdomar', 'Våldsbejakande extremism', 'Västertorp'
    ])
    const text = documentText(parts)
    const ungdomar = text.slice(text.indexOf('Ungdomar\nTyp: Grupp'), text.indexOf('Våldsbejakande extremism\nTyp'))
    expect(firstMissingInOrder(ungdomar, ['Prioriterat sedan: 2018-01-01', 'Underlag: SSP, Polisens statistik', '2019-02-22: ', 'Beslutade insatser', 'Planerad', 'Inga öppna frågor är noterade.'])).toBeNull()
  })
})
