import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { exampleDatabase } from '../../src/main/example'
import { documentText, paragraphsOf, unzipDocx } from '../support/docx'
import { AppPage } from './pages/AppPage'
import { ReportsPage } from './pages/ReportsPage'
import { Harness } from './support/harness'

const INTRODUCTION = 'Under 2019 har lokala BRÅ följt personrånen mot unga.'
const QUESTIONS = 'Hur många av rånen anmäls?'

async function savedDocx(path: string) {
  const parts = await unzipDocx(new Uint8Array(await readFile(path)))
  const body = parts.get('word/document.xml') ?? ''
  const headings = paragraphsOf(body).filter((p) => p.style?.startsWith('Heading')).map((p) => `${p.style}:${p.text}`)
  return { parts, body, headings, text: documentText(parts) }
}

describe('reports: at the year’s end she writes the verksamhetsberättelse and the underlag to the lägesbild', () => {
  let harness: Harness
  afterEach(async () => harness.close())

  it('writes an introduction, sees the year’s figures and exports both yearly documents, which say what she wrote and counted', async () => {
    harness = await Harness.start({ story: 'reports' })
    await harness.store.update((db) => void Object.assign(db, exampleDatabase()))
    await harness.page.reload()
    const app = new AppPage(harness)
    const reports = new ReportsPage(harness)

    await app.goTo('Rapporter')
    await reports.expectView('Rapporter')
    // The fixed clock is 2019-03-01: this year, with the meeting of 22 February held.
    expect(await reports.year().inputValue()).toBe('2019')
    await harness.screenshot('figures')
    expect(await reports.table('report-meetings')).toEqual([['Datum', 'Antal närvarande'], ['2019-02-22', '1']])
    expect(await reports.table('report-assignments')).toEqual([['Givna', 'Klara', 'Pågående', 'Strukna'], ['1', '0', '1', '0']])

    await reports.write('annual-introduction', INTRODUCTION)
    await expect.poll(() => harness.db.yearReports.find((r) => r.year === 2019 && r.kind === 'annualReport')?.introduction.content.length).toBe(1)
    await reports.expectView('Rapporter')
    await harness.screenshot('introduction-written')

    const annualPath = join(harness.root, 'verksamhetsberattelse-lokala-bra-2019.docx')
    await reports.export('Exportera verksamhetsberättelse', annualPath, 'Verksamhetsberättelsen är sparad')
    const annual = await savedDocx(annualPath)
    expect(annual.headings.slice(0, 3)).toEqual(['Heading1:Verksamhetsberättelse lokala BRÅ 2019', 'Heading2:Inledning', 'Heading2:Möten'])
    expect(annual.text).toContain(INTRODUCTION)
    expect(annual.text).toContain('Lokala BRÅ höll 1 möte under 2019.')
    expect(annual.body).toContain('descr="Stapeldiagram över antalet närvarande vid lokala BRÅ:s möten 2019: 2019-02-22 1. Samma siffror står i tabell 1."')

    await reports.writeOpenQuestions('Ungdomar', QUESTIONS)
    const preview = await reports.preview('Förhandsgranska underlaget')
    expect(await preview.innerText()).toContain('Underlag till lägesbild och åtgärdsplan 2019')
    await reports.expectView('Rapporter')
    await harness.screenshot('basis-preview')

    const basisPath = join(harness.root, 'underlag-lagesbild-och-atgardsplan-2019.docx')
    await reports.export('Exportera underlag', basisPath, 'Underlaget är sparat')
    const basis = await savedDocx(basisPath)
    // The example's five priority areas, one Heading 2 each, in Swedish order.
    expect(basis.headings.filter((h) => /^Heading[12]:/.test(h))).toEqual([
      'Heading1:Underlag till lägesbild och åtgärdsplan 2019', 'Heading2:Liljeholmen', 'Heading2:Påträngande tiggeri/olovliga bosättningar',
      'Heading2:Ungdomar', 'Heading2:Våldsbejakande extremism', 'Heading2:Västertorp'
    ])
    const ungdomar = basis.text.slice(basis.text.indexOf('Ungdomar\nTyp: Grupp'), basis.text.indexOf('Våldsbejakande extremism\nTyp'))
    expect(ungdomar).toContain('2019-02-22: Beslut: Utifrån inkommen information och inkomna polisanmälningar')
    expect(ungdomar).toContain(QUESTIONS)
    await harness.screenshot('exported')

    // A year of its own address: #/reports/2018 is that year, with nothing held in it.
    await harness.page.evaluate(() => void (location.hash = '#/reports/2018'))
    await harness.page.getByRole('heading', { level: 2, name: 'Året i siffror 2018' }).waitFor()
    expect(await reports.year().inputValue()).toBe('2018')
    await harness.page.getByText('Inga hållna möten detta år.').waitFor()
    await reports.pickYear(2019)
    expect(await harness.page.evaluate(() => location.hash)).toBe('#/reports/2019')

    await harness.page.setViewportSize({ width: 1280, height: 640 })
    await reports.expectView('Rapporter')
    await harness.screenshot('1280x640')
  })
})
