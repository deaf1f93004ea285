import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { YearReport } from '../../../src/shared/domain/areas'
import type { YearFigures } from '../../../src/shared/reports/figures-schema'
import { doc, paragraph } from '../../../src/shared/rich-text'
import { accessibilityProblems, documentText, unzipDocx } from '../../support/docx'
import { expectRefused, meetingsHarness, type MeetingsHarness } from '../meetings/harness'
import { FIXTURE_YEAR, fixtureDatabase, fixtureId as id } from './fixture-year'

let h: MeetingsHarness
afterEach(async () => h?.close())

const AT = new Date('2022-01-20T10:00:00Z')
const KEY = { year: FIXTURE_YEAR, kind: 'situationBasis' } as const

describe('reports through the contract', () => {
  it('names the years with held meetings or seminars and this year, newest first, and counts a year on asking', async () => {
    h = await meetingsHarness(fixtureDatabase(), { at: AT })
    expect(await h.call('reports.years')).toEqual({ years: [2022, 2021, 2020], current: 2022 })
    const figures = await h.call<YearFigures>('reports.figures', { year: FIXTURE_YEAR })
    expect(figures.meetings.map((m) => m.attended)).toEqual([4, 3, 3, 2])
  })

  it('keeps her texts per year and kind through the store, and an area’s open questions apart from the others', async () => {
    h = await meetingsHarness(fixtureDatabase(), { at: AT })
    const empty = await h.call<YearReport>('reports.getTexts', KEY)
    expect(empty.introduction.content).toEqual([])
    await h.call('reports.saveTexts', { ...KEY, introduction: doc(paragraph('Inledning om året.')) })
    await h.call('reports.saveTexts', { ...KEY, openQuestions: [{ areaId: id('vastertorp'), text: 'Varför ökar rånen?' }] })
    await h.call('reports.saveTexts', { ...KEY, openQuestions: [{ areaId: id('ungdomar'), text: 'Når vi fler?' }] })
    const saved = await h.call<YearReport>('reports.saveTexts', { ...KEY, openQuestions: [{ areaId: id('ungdomar'), text: '  ' }] })
    expect(saved.openQuestions).toEqual([{ areaId: id('vastertorp'), text: 'Varför ökar rånen?' }])
    expect(saved.introduction.content).toHaveLength(1)
    expect(saved.updatedAt).toBe(AT.toISOString())
    const onDisk = await h.onDisk()
    expect(onDisk.yearReports).toEqual([saved])
    expect((await h.call<YearReport>('reports.getTexts', { ...KEY, kind: 'annualReport' })).introduction.content).toEqual([])
  })

  it('refuses a year out of range and an unsafe link, writing nothing', async () => {
    h = await meetingsHarness(fixtureDatabase(), { at: AT })
    expect((await expectRefused(h, 'reports.saveTexts', { year: 1999, kind: 'annualReport' })).paths).toEqual(['year'])
    const unsafe = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }] }
    const refused = await expectRefused(h, 'reports.saveTexts', { year: 2021, kind: 'annualReport', introduction: unsafe })
    expect(refused.paths[0]).toMatch(/^introduction\./)
    expect((await h.onDisk()).yearReports).toEqual([])
  })

  it('exports the underlag through the save dialog with a descriptive name, with her open questions under the area', async () => {
    h = await meetingsHarness(fixtureDatabase(), { at: AT })
    await h.call('reports.saveTexts', { ...KEY, openQuestions: [{ areaId: id('vastertorp'), text: 'Varför ökar rånen?' }] })
    h.saveTo.path = join(h.dir, 'underlag.docx')
    expect(await h.call('reports.export', KEY)).toEqual({ status: 'saved', path: h.saveTo.path })
    const parts = await unzipDocx(new Uint8Array(await readFile(h.saveTo.path)))
    expect(accessibilityProblems(parts)).toEqual([])
    expect(documentText(parts)).toContain('Varför ökar rånen?')
    h.saveTo.path = null
    expect(await h.call('reports.export', KEY)).toEqual({ status: 'cancelled' })
    const preview = await h.call<{ fileName: string; base64: string }>('reports.preview', { ...KEY, kind: 'annualReport' })
    expect(preview.fileName).toBe('verksamhetsberattelse-lokala-bra-2021.docx')
    expect(documentText(await unzipDocx(Buffer.from(preview.base64, 'base64')))).toContain('Lokala BRÅ höll 4 möten under 2021.')
  })
})
