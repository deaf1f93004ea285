import { describe, expect, it } from 'vitest'
import { buildMinutes } from '../../../src/main/documents'
import { buildKallelse } from '../../../src/main/documents/kallelse'
import { EXAMPLE_IDS } from '../../../src/main/example'
import type { Settings } from '../../../src/shared/domain/settings'
import { documentText, unzipDocx, type Parts } from '../../support/docx'
import { exampleMinutes, noFile } from './fixtures'

/** Every setting, changed: a new district, place and coordinator, and a new look. */
function everythingChanged(settings: Settings): Settings {
  return {
    ...settings,
    sender: {
      administration: 'Hägersten-Älvsjö stadsdelsförvaltning',
      department: 'Avdelningen för trygghet',
      visitingAddress: 'Hägerstensvägen 1',
      postalAddress: 'Box 9, 129 21 Hägersten',
      phone: '08-508 99 000',
      email: 'hagersten-alvsjo@example.org',
      web: 'example.org/hagersten-alvsjo'
    },
    councilName: 'Hägersten-Älvsjö',
    placeName: 'Hägersten-Älvsjö',
    coordinator: { name: 'Nils Nysamordnare', title: 'Preventionssamordnare', phone: '08-508 11 111', email: 'nils@example.org' },
    documents: { ...settings.documents, logoPath: null, useStockholmTypeForHeadings: true, bodyFont: 'arial11', marginLeftCm: 3, marginRightCm: 1.5 },
    dietaryRetentionDays: 30
  }
}

async function minutes(settings: Settings, now: string, meetingId: string = EXAMPLE_IDS.heldMeeting, options: { withoutSnapshot?: boolean } = {}): Promise<Parts> {
  const { db, assignments } = exampleMinutes()
  const stored = db.meetings.find((m) => m.id === meetingId)!
  const meeting = options.withoutSnapshot ? { ...stored, senderSnapshot: undefined } : stored
  return unzipDocx(await buildMinutes(meeting, settings, { readFile: noFile, now: () => new Date(now) }, { assignments }))
}

describe('a held meeting keeps what was valid when it was held', () => {
  it('re-exported after every setting changed, the 2019-02-22 minutes are the same bytes apart from the creation time', async () => {
    const { settings } = exampleMinutes()
    const before = await minutes(settings, '2019-02-25T08:00:00Z')
    const after = await minutes(everythingChanged(settings), '2026-11-26T10:00:00Z')
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort())
    const differing = [...before.keys()].filter((name) => before.get(name) !== after.get(name))
    expect(differing).toEqual(['docProps/core.xml'])
    for (const part of ['word/document.xml', 'word/styles.xml', 'word/header1.xml', 'word/footer1.xml']) {
      expect(after.has(part), part).toBe(true)
    }
    expect(documentText(after)).toContain('Stina Lundmark')
    expect(documentText(after)).not.toContain('Nils Nysamordnare')
    expect(after.get('docProps/core.xml')).toContain('Stina Lundmark') // the creator, as then
  })

  it('a planned meeting says what its own sender snapshot says, taken when it was planned', async () => {
    const { settings } = exampleMinutes()
    const text = documentText(await minutes(everythingChanged(settings), '2026-11-26T10:00:00Z', EXAMPLE_IDS.plannedMeeting))
    expect(text).toContain('Stina Lundmark')
    expect(text).not.toContain('Nils Nysamordnare')
  })

  it('a planned meeting stored before sender snapshots takes the current settings until it is held', async () => {
    const { settings } = exampleMinutes()
    const parts = await minutes(everythingChanged(settings), '2026-11-26T10:00:00Z', EXAMPLE_IDS.plannedMeeting, { withoutSnapshot: true })
    const text = documentText(parts)
    expect(text).toContain('Nils Nysamordnare')
    expect(text).toContain('Hägersten-Älvsjö 2019-05-10')
    expect([...parts.entries()].filter(([n]) => /header|footer/.test(n)).map(([, xml]) => xml).join('')).toContain(
      'Hägersten-Älvsjö stadsdelsförvaltning'
    )
  })

  it('a planned meeting also takes the current look: a new body font and margins', async () => {
    const { settings } = exampleMinutes()
    const before = await minutes(settings, '2026-11-26T10:00:00Z', EXAMPLE_IDS.plannedMeeting)
    const after = await minutes(everythingChanged(settings), '2026-11-26T10:00:00Z', EXAMPLE_IDS.plannedMeeting)
    expect(after.get('word/styles.xml')).not.toBe(before.get('word/styles.xml'))
    expect(after.get('word/document.xml')).toContain('w:left="1701"')
  })

  it('the kallelse of the held meeting, re-exported after every setting changed, says what it said then', async () => {
    const { db, settings } = exampleMinutes()
    const meeting = db.meetings.find((m) => m.id === EXAMPLE_IDS.heldMeeting)!
    const kallelse = async (s: Settings, now: string) =>
      unzipDocx(await buildKallelse(meeting, s, { readFile: noFile, now: () => new Date(now) }, { issuedOn: '2019-02-08' }))
    const before = await kallelse(settings, '2019-02-08T08:00:00Z')
    const after = await kallelse(everythingChanged(settings), '2026-11-26T10:00:00Z')
    expect([...before.keys()].filter((name) => before.get(name) !== after.get(name))).toEqual(['docProps/core.xml'])
  })
})
