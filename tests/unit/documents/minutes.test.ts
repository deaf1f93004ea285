import { describe, expect, it } from 'vitest'
import { buildMinutes, minutesFileName } from '../../../src/main/documents'
import {
  accessibilityProblems,
  documentText,
  firstMissingInOrder,
  malformedParts,
  paragraphsOf,
  tinyPng,
  unzipDocx
} from '../../support/docx'
import { EXAMPLE_FACTS_IN_ORDER, squash } from './facts'
import { bareMeeting, exampleMinutes, exampleProtocol, HOSTILE, hostileMeeting, noFile } from './fixtures'

const now = () => new Date('2019-02-25T10:00:00Z')

async function example() {
  const { meeting, settings, assignments } = exampleMinutes()
  const bytes = await buildMinutes(meeting, settings, { readFile: noFile, now }, { assignments })
  return { meeting, parts: await unzipDocx(bytes) }
}

describe('the example minutes', () => {
  it('is a well-formed package that passes the accessibility list of docs/formats.md §2', async () => {
    const { parts } = await example()
    expect(parts.has('word/document.xml')).toBe(true)
    expect(malformedParts(parts)).toEqual([])
    expect(accessibilityProblems(parts)).toEqual([])
  })

  it('carries every fact of the original document, in order', async () => {
    const { parts } = await example()
    const text = squash(documentText(parts))
    expect(firstMissingInOrder(text, EXAMPLE_FACTS_IN_ORDER.map(squash))).toBeNull()
  })

  it('has a descriptive file name, title, creator and the Swedish language', async () => {
    const { meeting, parts } = await example()
    expect(minutesFileName(meeting)).toBe('minnesanteckningar-lokala-bra-2019-02-22.docx')
    const core = parts.get('docProps/core.xml') ?? ''
    expect(core).toContain('<dc:title>Minnesanteckningar lokala BRÅ Hägersten-Liljeholmen 2019-02-22</dc:title>')
    expect(core).toContain('<dc:creator>Stina Lundmark</dc:creator>')
    expect(core).toContain('<dc:language>sv-SE</dc:language>')
    expect(core).toContain('2019-02-25T10:00:00Z')
  })

  it('numbers the agenda items with Word numbering, one list from 1', async () => {
    const { parts } = await example()
    const paragraphs = paragraphsOf(parts.get('word/document.xml') ?? '')
    const items = paragraphs.filter((p) => p.style === 'Heading2')
    expect(items.map((p) => p.text)).toEqual(exampleMinutes().meeting.agenda.map((a) => a.title))
    const numIds = new Set(items.map((p) => /<w:numId w:val="(\d+)"/.exec(p.xml)?.[1]))
    expect(numIds.size).toBe(1)
    expect(items.every((p) => p.hasNumbering && !/^\d/.test(p.text))).toBe(true)
    const bullets = paragraphs.filter((p) => p.hasNumbering && p.style !== 'Heading2')
    expect(bullets.map((p) => p.text)).toEqual([
      'Brott och bränder i Hägersten-Liljeholmen (rapport från SLK samt Stockholms stads mobila ordningsvakter)',
      'Händelserapporter/statistik aktörer',
      'Samverkansmöte skola, socialtjänst, polis och fritid (SSP)'
    ])
    expect(bullets[0].xml).toContain('<w:b/>')
  })

  it('builds the header from the sender snapshot with real PAGE and NUMPAGES fields', async () => {
    const { parts } = await example()
    const headers = [...parts.keys()].filter((k) => /^word\/header\d+\.xml$/.test(k)).map((k) => parts.get(k) ?? '')
    const first = headers.find((h) => h.includes('Hägersten-Liljeholmens stadsdelsförvaltning')) ?? ''
    expect(first).toContain('Avdelningen för samhällsplanering')
    expect(first).toContain('Minnesanteckningar')
    expect(first).toContain('2019-02-22')
    expect(first).toMatch(/Sida [\s\S]*PAGE[\s\S]*NUMPAGES/)
    expect(first).not.toContain('Dnr')
    const later = headers.find((h) => h !== first) ?? ''
    expect(later).toMatch(/Minnesanteckningar[\s\S]*2019-02-22[\s\S]*PAGE[\s\S]*NUMPAGES/)
    const footer = parts.get('word/footer1.xml') ?? ''
    expect(paragraphsOf(footer).map((p) => p.text).join(' ')).toContain('Besöksadress Telefonvägen 30')
    expect(footer).toContain('start.stockholm')
    expect(parts.get('word/document.xml')).toMatch(/<w:titlePg\/>/)
  })

  it('keeps the historical sender even when the settings name a newer one', async () => {
    const { meeting, settings } = exampleMinutes()
    const renamed = { ...settings, sender: { ...settings.sender, administration: 'Hägersten-Älvsjö stadsdelsförvaltning' } }
    const parts = await unzipDocx(await buildMinutes(meeting, renamed, { readFile: noFile, now }))
    const all = [...parts.values()].join('')
    expect(all).toContain('Hägersten-Liljeholmens stadsdelsförvaltning')
    expect(all).not.toContain('Hägersten-Älvsjö')
  })

  it('prints assignments as a data table with a repeating header row', async () => {
    const { parts } = await example()
    const body = parts.get('word/document.xml') ?? ''
    const table = (body.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).find((t) => t.includes('Klart senast')) ?? ''
    const cells = paragraphsOf(table).map((p) => p.text)
    expect(cells.slice(0, 3)).toEqual(['Uppdrag', 'Ansvarig', 'Klart senast'])
    expect(cells[4]).toBe('Clas Cederlid')
    expect(cells[5]).toBe('\u2013')
    expect(table).toContain('<w:tblHeader/>')
  })
})

describe('attendance', () => {
  it('splits the invitees into Närvarande, Anmält förhinder and Adjungerade once attendance is recorded', async () => {
    const { meeting, settings } = exampleMinutes()
    const recorded = {
      ...meeting,
      attendance: [
        { contactId: null, name: 'Abit Dundar', role: 'Ordförande stadsdelsnämnden', status: 'present' as const, note: 't.o.m. punkt 5' },
        { contactId: null, name: 'Joakim Ifver', role: 'Storstockholms brandförsvar', status: 'present' as const, note: '' },
        { contactId: null, name: 'Gith Haring', role: 'Kurator Mälarhöjdens skola', status: 'excused' as const, note: '' },
        { contactId: null, name: 'Bengt ”Spider” Jansson', role: 'Konsult', status: 'guest' as const, note: '' }
      ]
    }
    const parts = await unzipDocx(await buildMinutes(recorded, settings, { readFile: noFile, now }))
    expect(accessibilityProblems(parts)).toEqual([])
    const text = documentText(parts)
    expect(text).not.toContain('Kallade')
    expect(
      firstMissingInOrder(text, [
        'Närvarande:', 'Namn', 'Roll, organisation', 'Anmärkning', 'Abit Dundar', 'Ordförande stadsdelsnämnden', 't.o.m. punkt 5',
        'Joakim Ifver', 'Storstockholms brandförsvar', '\u2013',
        'Anmält förhinder:', 'Gith Haring', 'Adjungerade:', 'Bengt ”Spider” Jansson', 'Tidpunkt:'
      ])
    ).toBeNull()
    expect(text).not.toContain('Toni Mellblom')
  })

  it('prints those absent without notice under their own heading, also when nobody else is marked yet', async () => {
    const { meeting, settings } = exampleMinutes()
    const person = (name: string, status: 'present' | 'excused' | 'absent') => ({ contactId: null, name, role: 'Polisen', status, note: '' })
    const recorded = { ...meeting, attendance: [person('Abit Dundar', 'present'), person('Gith Haring', 'excused'), person('Toni Mellblom', 'absent')] }
    const parts = await unzipDocx(await buildMinutes(recorded, settings, { readFile: noFile, now }))
    expect(accessibilityProblems(parts)).toEqual([])
    expect(firstMissingInOrder(documentText(parts), ['Närvarande:', 'Abit Dundar', 'Anmält förhinder:', 'Gith Haring', 'Frånvarande utan anmälan:', 'Toni Mellblom', 'Tidpunkt:'])).toBeNull()
    const onlyAbsent = documentText(await unzipDocx(await buildMinutes({ ...meeting, attendance: [person('Toni Mellblom', 'absent')] }, settings, { readFile: noFile, now })))
    expect(onlyAbsent).not.toContain('Kallade')
    expect(onlyAbsent).toContain('Frånvarande utan anmälan:')
  })

  it('prints a substitute and partial attendance by the items’ numbers now, after her own note', async () => {
    const { meeting, settings } = exampleMinutes()
    const [, second, third] = meeting.agenda
    const recorded = {
      ...meeting,
      // The third item moved first: "från punkt" follows the item.
      agenda: [third, ...meeting.agenda.filter((i) => i.id !== third.id)],
      attendance: [
        { contactId: null, name: 'Dana Ek', role: 'Biträdande rektor', status: 'present' as const, note: '', substituteFor: 'Gith Haring', fromItemId: second.id },
        { contactId: null, name: 'Joakim Ifver', role: 'Storstockholms brandförsvar', status: 'present' as const, note: 'via Teams', fromItemId: third.id, untilItemId: second.id }
      ]
    }
    const text = documentText(await unzipDocx(await buildMinutes(recorded, settings, { readFile: noFile, now })))
    expect(firstMissingInOrder(text, ['Närvarande:', 'Dana Ek', 'ersättare för Gith Haring, från punkt 3', 'Joakim Ifver', 'punkt 1–3, via Teams'])).toBeNull()
  })
})

describe('styles follow the settings', () => {
  it('uses Arial Bold headings and Times New Roman 12 pt by default, header 9 pt and footer 8 pt', async () => {
    const { parts } = await example()
    const styles = parts.get('word/styles.xml') ?? ''
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*w:ascii="Times New Roman"[\s\S]*<w:sz w:val="24"\/>/)
    expect(styles).toMatch(/w:styleId="Heading1"[\s\S]*?w:ascii="Arial"[\s\S]*?<w:b\/>[\s\S]*?<\/w:style>/)
    expect(styles).toMatch(/w:styleId="Header"[\s\S]*?<w:sz w:val="18"\/>[\s\S]*?<\/w:style>/)
    expect(styles).toMatch(/w:styleId="Footer"[\s\S]*?<w:sz w:val="16"\/>[\s\S]*?<\/w:style>/)
    expect([...parts.keys()].some((k) => k.startsWith('word/fonts/'))).toBe(false)
  })

  it('switches to Stockholm Type Bold and Arial 11, and applies the margins', async () => {
    const { meeting, settings } = exampleMinutes()
    const documents = { ...settings.documents, useStockholmTypeForHeadings: true, bodyFont: 'arial11' as const, marginLeftCm: 3 }
    // A held meeting is drawn with the look it was held with; today's settings would do for a planned one.
    const parts = await unzipDocx(await buildMinutes({ ...meeting, heldWith: { ...meeting.heldWith!, documents } }, settings, { readFile: noFile, now }))
    const styles = parts.get('word/styles.xml') ?? ''
    expect(styles).toMatch(/w:styleId="Heading2"[\s\S]*?w:ascii="Stockholm Type Bold"[\s\S]*?<\/w:style>/)
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*w:ascii="Arial"[\s\S]*<w:sz w:val="22"\/>/)
    expect(parts.get('word/document.xml')).toMatch(/<w:pgMar [^>]*w:left="1701"/)
    expect(parts.get('word/document.xml')).toMatch(/<w:pgSz w:w="11906" w:h="16838"/)
    expect(parts.get('word/fontTable.xml') ?? '').not.toContain('w:embed')
  })
})

describe('the logo', () => {
  it('is placed in the first-page header with the alt text "Stockholms stad"', async () => {
    const { meeting, settings } = exampleMinutes()
    const png = await tinyPng(200, 100)
    const withLogo = { ...meeting, heldWith: { ...meeting.heldWith!, documents: { ...settings.documents, logoPath: 'logotyp-a.png' } } }
    const read = async (name: string) => (name === 'logotyp-a.png' ? png : noFile())
    const parts = await unzipDocx(await buildMinutes(withLogo, settings, { readFile: read, now }))
    expect([...parts.keys()].filter((k) => k.startsWith('word/media/'))).toHaveLength(1)
    const header = [...parts.values()].find((x) => x.includes('<wp:docPr')) ?? ''
    expect(header).toMatch(/<wp:docPr [^>]*descr="Stockholms stad"/)
    expect(header).toContain('Hägersten-Liljeholmens stadsdelsförvaltning')
    expect(accessibilityProblems(parts)).toEqual([])
    expect(malformedParts(parts)).toEqual([])
  })

  it('is left out when unset, unreadable or not an image', async () => {
    const { meeting, settings } = exampleMinutes()
    for (const [logoPath, read] of [
      [null, noFile],
      ['logotyp-missing.png', noFile],
      ['logotyp-notes.png', async () => new TextEncoder().encode('not an image at all, just words')]
    ] as const) {
      const s = { ...settings, documents: { ...settings.documents, logoPath } }
      const parts = await unzipDocx(await buildMinutes(meeting, s, { readFile: read, now }))
      expect([...parts.keys()].some((k) => k.startsWith('word/media/'))).toBe(false)
      expect(malformedParts(parts)).toEqual([])
    }
  })
})

describe('the protokoll variant', () => {
  it('adds the secretary, the approvers with signature lines, and the Dnr', async () => {
    const meeting = exampleProtocol()
    const { settings } = exampleMinutes()
    const parts = await unzipDocx(await buildMinutes(meeting, settings, { readFile: noFile, now }))
    expect(minutesFileName(meeting)).toBe('protokoll-lokala-bra-2019-02-22.docx')
    expect(malformedParts(parts)).toEqual([])
    expect(accessibilityProblems(parts)).toEqual([])
    const text = documentText(parts)
    expect(firstMissingInOrder(text, ['Vid protokollet:', 'Clas Cederlid', 'Justeras:', 'Abit Dundar, ordförande', 'Anders Carstorp, justerare', 'Linda Palo, justerare', 'Ort och datum'])).toBeNull()
    const signatures = paragraphsOf(parts.get('word/document.xml') ?? '').filter((p) => p.style === 'Underskrift')
    expect(signatures.map((p) => p.text)).toEqual(
      ['Clas Cederlid', 'Abit Dundar, ordförande', 'Anders Carstorp, justerare', 'Linda Palo, justerare', 'Ort och datum'].map((t) => `\t\n${t}`)
    )
    expect(signatures.every((p) => /<w:tab w:val="left"[^>]*w:leader="underscore"/.test(p.xml))).toBe(true)
    expect(parts.get('docProps/core.xml')).toContain('<dc:title>Protokoll lokala BRÅ')
    const header = [...parts.values()].find((x) => x.includes('Dnr ')) ?? ''
    expect(header).toContain('Dnr SDN 2019/123-1.2')
    expect(header).toContain('Protokoll')
  })

  it('says where the justering stands, right under the place and date line', async () => {
    const { settings } = exampleMinutes()
    for (const [approvalState, shown] of [['draft', 'Utkast'], ['awaitingApproval', 'Skickad för justering'], ['approved', 'Justerat']] as const) {
      const base = exampleProtocol()
      const meeting = { ...base, minutes: { ...base.minutes, approvalState, approvedOn: approvalState === 'approved' ? '2019-03-05' : null } }
      const parts = await unzipDocx(await buildMinutes(meeting, settings, { readFile: noFile, now }))
      const paragraphs = paragraphsOf(parts.get('word/document.xml') ?? '').map((p) => p.text)
      const placeLine = paragraphs.indexOf('Hägersten-Liljeholmen 2019-02-22')
      expect(paragraphs[placeLine + 1]).toBe(`Status: ${shown}`)
      expect(accessibilityProblems(parts)).toEqual([])
    }
  })

  it('prints the place and date of a signed protokoll instead of the empty line, and pre-prints a known place', async () => {
    const { settings } = exampleMinutes()
    const base = exampleProtocol()
    const signed = { ...base, minutes: { ...base.minutes, approvalState: 'approved' as const, approvedOn: '2019-03-05', approvalPlace: 'Stockholm' } }
    const signedText = documentText(await unzipDocx(await buildMinutes(signed, settings, { readFile: noFile, now })))
    expect(firstMissingInOrder(signedText, ['Justeras:', 'Linda Palo, justerare', 'Justerat: Stockholm 2019-03-05'])).toBeNull()
    expect(signedText).not.toContain('Ort och datum')
    const placed = { ...base, minutes: { ...base.minutes, approvalPlace: 'Stockholm' } }
    const parts = await unzipDocx(await buildMinutes(placed, settings, { readFile: noFile, now }))
    const signatures = paragraphsOf(parts.get('word/document.xml') ?? '').filter((p) => p.style === 'Underskrift')
    expect(signatures.at(-1)?.text).toBe('\t\nStockholm, datum')
  })

  it('prints minnesanteckningar without any signature lines', async () => {
    const { parts } = await example()
    expect(documentText(parts)).not.toContain('Justeras')
  })
})

describe('hostile input', () => {
  it('still makes a valid, accessible file and keeps what can be kept', async () => {
    const { settings } = exampleMinutes()
    const bytes = await buildMinutes(hostileMeeting(), settings, { readFile: noFile, now })
    const parts = await unzipDocx(bytes)
    expect(malformedParts(parts)).toEqual([])
    expect(accessibilityProblems(parts)).toEqual([])
    const all = [...parts.values()].join('')
    expect(all).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\uFFFE\uFFFF]/)
    const text = documentText(parts)
    expect(text).toContain(HOSTILE.emoji)
    expect(text).toContain(HOSTILE.rtl)
    expect(text).toContain(HOSTILE.specials)
    expect(text).toContain('Föreefter')
    expect(text).toContain(HOSTILE.longNote.trim())
    expect(all).toContain('https://start.stockholm/?a=1&amp;b=&quot;x&quot;')
    expect(all).not.toContain('javascript:')
    expect(text).toContain('farlig länk')
  })

  it('restarts each numbered list in the notes at 1', async () => {
    const { settings } = exampleMinutes()
    const parts = await unzipDocx(await buildMinutes(hostileMeeting(), settings, { readFile: noFile, now }))
    const paragraphs = paragraphsOf(parts.get('word/document.xml') ?? '')
    const numId = (text: string) => /<w:numId w:val="(\d+)"/.exec(paragraphs.find((p) => p.text === text && p.hasNumbering)?.xml ?? '')?.[1]
    expect(numId(HOSTILE.emoji)).toBeDefined()
    expect(numId('andra listan')).toBeDefined()
    expect(numId(HOSTILE.emoji)).not.toBe(numId('andra listan'))
    const nested = paragraphs.find((p) => p.text === HOSTILE.rtl && p.hasNumbering)
    expect(nested?.xml).toContain('<w:ilvl w:val="1"/>')
  })

  it('handles a meeting with no invitees, agenda, place or sender', async () => {
    const { settings } = exampleMinutes()
    const parts = await unzipDocx(await buildMinutes(bareMeeting(), settings, { readFile: noFile, now }))
    expect(malformedParts(parts)).toEqual([])
    expect(accessibilityProblems(parts)).toEqual([])
    const text = documentText(parts)
    expect(text).not.toContain('Kallade')
    expect(text).toContain('Tidpunkt: Fredagen den 22\u00a0februari 2019 kl.\u00a009.00\u201311.00')
  })
})
