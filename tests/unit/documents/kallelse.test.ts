import { describe, expect, it } from 'vitest'
import { buildKallelse, kallelseFileName } from '../../../src/main/documents/kallelse'
import { accessibilityProblems, documentText, firstMissingInOrder, malformedParts, paragraphsOf, tinyPng, unzipDocx } from '../../support/docx'
import { squash } from './facts'
import { bareMeeting, HOSTILE, noFile } from './fixtures'
import { examplePlanned, fullKallelse, hostileKallelse, now } from './kallelse-fixtures'

async function build(meeting = examplePlanned().meeting, options = { followUps: examplePlanned().followUps, issuedOn: '2019-04-26' }) {
  const { db } = examplePlanned()
  return unzipDocx(await buildKallelse(meeting, db.settings, { readFile: noFile, now }, options))
}

const bodyOf = (parts: Map<string, string>) => paragraphsOf(parts.get('word/document.xml') ?? '')

describe('the kallelse of 2019-05-10', () => {
  it('is well-formed and passes the accessibility list of formats.md §2', async () => {
    const parts = await build()
    expect(malformedParts(parts)).toEqual([])
    expect(accessibilityProblems(parts)).toEqual([])
  })

  it('follows formats.md §4 in order', async () => {
    const { meeting } = examplePlanned()
    const text = squash(documentText(await build()))
    const expected = [
      'Kallelse till lokala BRÅ Hägersten-Liljeholmen',
      'Tid: Fredagen den 10 maj 2019 kl. 09.00–11.00',
      'Plats: Hägersten-Liljeholmens SDF, Telefonvägen 30, plan 9, besöksrum 1',
      'Kallade:',
      'Namn',
      'Roll, organisation',
      ...meeting.invitees.flatMap((i) => [i.name, i.role]),
      'Dagordning',
      ...meeting.agenda.map((i) => i.title),
      'Anmäl förhinder till Stina Lundmark, 08-508 22 030, stina.pernilla.lundmark@stockholm.se.',
      'Hägersten-Liljeholmen 2019-04-26',
      'Kontakt:',
      'Stina Lundmark, Tillsynshandläggare'
    ]
    expect(firstMissingInOrder(text, expected.map(squash))).toBeNull()
  })

  it('has one Heading 1, a Heading 2 "Dagordning", and the agenda as one real Word numbered list', async () => {
    const paragraphs = bodyOf(await build())
    expect(paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual(['Kallelse till lokala BRÅ Hägersten-Liljeholmen'])
    expect(paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual(['Dagordning'])
    const items = paragraphs.filter((p) => p.hasNumbering && /<w:ilvl w:val="0"\/>/.test(p.xml))
    // Each item's first line is its title; a description follows after a line break in the same item.
    expect(items.map((p) => p.text.split('\n')[0])).toEqual(examplePlanned().meeting.agenda.map((a) => a.title))
    expect(items[3].text).toBe(`${examplePlanned().meeting.agenda[3].title}\n${examplePlanned().meeting.agenda[3].description}`)
    expect(new Set(items.map((p) => /<w:numId w:val="(\d+)"/.exec(p.xml)?.[1])).size).toBe(1)
    expect(items.at(-1)?.text).toBe('Övriga frågor')
  })

  it('lists the open assignment from 2019-02-22 under the follow-up item, with its owner', async () => {
    const paragraphs = bodyOf(await build())
    const followUpIndex = paragraphs.findIndex((p) => p.text === 'Uppföljning av uppdrag')
    const next = paragraphs[followUpIndex + 1]
    expect(next.hasNumbering && /<w:ilvl w:val="1"\/>/.test(next.xml)).toBe(true)
    expect(next.text).toBe(
      'Undersöka om eftermiddagsmöten i anslutning till presidium fungerar för de som inte närvarat vid möte den 22 februari 2019. Ansvarig: Clas Cederlid. Från mötet 2019-02-22.'
    )
  })

  it('leaves out an assignment she hid for this meeting', async () => {
    const { meeting, followUps } = examplePlanned()
    const text = documentText(await build({ ...meeting, hiddenAssignmentIds: [followUps[0].id] }))
    expect(text).not.toContain('Undersöka om eftermiddagsmöten')
  })

  it('lists assignments after the agenda when no item is a follow-up item, never dropping them', async () => {
    const { meeting } = examplePlanned()
    const agenda = meeting.agenda.map((i) => ({ ...i, kind: 'information' as const, title: i.title.replace(/uppföljning/gi, 'genomgång') }))
    const paragraphs = bodyOf(await build({ ...meeting, agenda }))
    const label = paragraphs.findIndex((p) => p.text === 'Öppna uppdrag från tidigare möten:')
    expect(label).toBeGreaterThan(paragraphs.findIndex((p) => p.text === 'Övriga frågor'))
    expect(paragraphs[label + 1].text).toMatch(/^Undersöka om eftermiddagsmöten/)
  })

  it('has the descriptive file name, the title and language in docProps, and "Kallelse" in the header', async () => {
    const parts = await build()
    expect(kallelseFileName(examplePlanned().meeting)).toBe('kallelse-lokala-bra-2019-05-10.docx')
    const core = parts.get('docProps/core.xml') ?? ''
    expect(core).toContain('<dc:title>Kallelse lokala BRÅ Hägersten-Liljeholmen 2019-05-10</dc:title>')
    expect(core).toContain('<dc:language>sv-SE</dc:language>')
    const headers = [...parts.entries()].filter(([k]) => /^word\/header\d+\.xml$/.test(k)).map(([, v]) => v).join('')
    expect(headers).toMatch(/Kallelse[\s\S]*2019-04-26[\s\S]*PAGE[\s\S]*NUMPAGES/)
    expect(headers).toContain('Hägersten-Liljeholmens stadsdelsförvaltning')
  })

  it('prints the invitees as a data table with a repeating header row', async () => {
    const body = (await build()).get('word/document.xml') ?? ''
    const table = (body.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [])[0] ?? ''
    expect(paragraphsOf(table).slice(0, 4).map((p) => p.text)).toEqual(['Namn', 'Roll, organisation', 'Abit Dundar', 'Ordförande stadsdelsnämnden, Hägersten-Liljeholmens stadsdelsnämnd'])
    expect(table).toContain('<w:tblHeader/>')
  })
})

describe('a kallelse with every part filled in', () => {
  it('prints time slots and presenters, description, papers later, the link, Dnr and the reply-by date', async () => {
    const parts = await build(fullKallelse())
    expect(accessibilityProblems(parts)).toEqual([])
    const text = documentText(parts)
    expect(
      firstMissingInOrder(squash(text), [
        'Digitalt: https://teams.example.org/l/meetup-join/19%3a?a=1&b=2',
        'Mötets öppnande\nkl. 09.00–09.10, Abit Dundar',
        'Lokala lägesbilden utifrån prioriterade områden\nkl. 09.20–10.00\nUppdatering utifrån inkommen information.',
        'Aktuellt från polisen\nkl. 10.00–10.30, Polisen Lpo Skärholmen\nHandlingar kommer senare.',
        'Kommande möten\nMötestider hösten 2019.',
        'Anmäl förhinder senast fredagen den 3 maj 2019 till Stina Lundmark'
      ].map(squash))
    ).toBeNull()
    const body = parts.get('word/document.xml') ?? ''
    expect(body).toContain('<w:hyperlink')
    expect(parts.get('word/_rels/document.xml.rels')).toContain('https://teams.example.org/l/meetup-join/19%3a?a=1&amp;b=2')
    const headers = [...parts.entries()].filter(([k]) => /^word\/header\d+\.xml$/.test(k)).map(([, v]) => v).join('')
    expect(headers).toContain('Dnr SDN 2019/77')
  })

  it('keeps a logo with alt text', async () => {
    const { db } = examplePlanned()
    const png = await tinyPng()
    const settings = { ...db.settings, documents: { ...db.settings.documents, logoPath: '/logo.png' } }
    const parts = await unzipDocx(await buildKallelse(fullKallelse(), settings, { readFile: async () => png, now }, { issuedOn: '2019-04-26' }))
    expect(accessibilityProblems(parts)).toEqual([])
    expect([...parts.keys()].some((k) => k.startsWith('word/media/'))).toBe(true)
  })
})

describe('what a user might type', () => {
  it('stays well-formed and accessible, keeps emoji and specials, and never links javascript:', async () => {
    const parts = await build(hostileKallelse())
    expect(malformedParts(parts)).toEqual([])
    expect(accessibilityProblems(parts)).toEqual([])
    const text = documentText(parts)
    expect(text).toContain(HOSTILE.specials)
    expect(text).toContain('🎉')
    expect(text).not.toMatch(/[\u0000-\u0008]/)
    expect(parts.get('word/document.xml')).not.toContain('<w:hyperlink')
  })

  it('builds a kallelse with nothing but the required fields', async () => {
    const parts = await build({ ...bareMeeting(), status: 'planned' }, { followUps: [], issuedOn: '2019-04-26' })
    expect(malformedParts(parts)).toEqual([])
    expect(accessibilityProblems(parts)).toEqual([])
    expect(documentText(parts)).not.toContain('Dagordning')
  })
})
