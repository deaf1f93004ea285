import { afterEach, describe, expect, it } from 'vitest'
import { EXAMPLE_IDS, exampleDatabase } from '../../../src/main/example'
import { documentSettingsFor } from '../../../src/main/documents/valid-then'
import type { DocumentPreview } from '../../../src/shared/contract/documents'
import { DatabaseSchema } from '../../../src/shared/domain/database'
import { senderSnapshotOf, type Meeting } from '../../../src/shared/domain/meetings'
import type { Settings } from '../../../src/shared/domain/settings'
import { documentText, paragraphsOf, unzipDocx } from '../../support/docx'
import { expectRefused, meetingsHarness, type MeetingsHarness } from './harness'

let h: MeetingsHarness
afterEach(async () => h?.close())

const PLANNED = EXAMPLE_IDS.plannedMeeting
const HELD = EXAMPLE_IDS.heldMeeting

/** The district merged in 2020: Inställningar say Hägersten-Älvsjö from then on. */
const MERGED = {
  councilName: 'Hägersten-Älvsjö',
  placeName: 'Hägersten-Älvsjö',
  sender: { administration: 'Hägersten-Älvsjö stadsdelsförvaltning' },
  coordinator: { name: 'Nils Nysamordnare', email: 'nils@example.org' }
}

/** Body, headers and footers: the sender stands in the header and footer, the Kontakt block in the body. */
async function kallelseText(id: string): Promise<string> {
  const parts = await unzipDocx(Buffer.from((await h.call<DocumentPreview>('meetings.previewKallelse', { id })).base64, 'base64'))
  const frame = [...parts.entries()].filter(([name]) => /^word\/(header|footer)\d+\.xml$/.test(name)).map(([, xml]) => paragraphsOf(xml).map((p) => p.text).join('\n'))
  return [documentText(parts), ...frame].join('\n')
}

describe('the sender snapshot of a planned meeting', () => {
  it('is taken from Inställningar when the meeting is created, so a later change there leaves its kallelse alone', async () => {
    h = await meetingsHarness()
    const created = await h.call<Meeting>('meetings.create', { date: '2019-09-13', startTime: '9', endTime: '11' })
    const settings = await h.call<Settings>('settings.get')
    expect(created.senderSnapshot).toEqual(senderSnapshotOf(settings))
    await h.call('settings.update', MERGED)
    const text = await kallelseText(created.id)
    expect(text).toContain('Hägersten-Liljeholmens stadsdelsförvaltning')
    expect(text).toContain('Stina Lundmark')
    expect(text).not.toContain('Nils Nysamordnare')
    // A meeting created after the change takes the new ones.
    const later = await h.call<Meeting>('meetings.create', { date: '2020-02-07', startTime: '9', endTime: '11' })
    expect(later.council).toBe('Hägersten-Älvsjö')
    expect(later.senderSnapshot?.sender.administration).toBe('Hägersten-Älvsjö stadsdelsförvaltning')
  })

  it('is edited for one meeting, refused when it does not read (nothing written), and "Hämta från inställningar" sends the settings\' own', async () => {
    h = await meetingsHarness()
    const meeting = await h.call<Meeting>('meetings.get', { id: PLANNED })
    const edited = { ...meeting.senderSnapshot!, coordinator: { ...meeting.senderSnapshot!.coordinator, name: 'Vikarie Vikariesson', phone: '0850822031' } }
    const saved = await h.call<Meeting>('meetings.update', { id: PLANNED, patch: { senderSnapshot: edited } })
    // Checked as Inställningar check them: the phone number is grouped.
    expect(saved.senderSnapshot?.coordinator).toMatchObject({ name: 'Vikarie Vikariesson', phone: '08-508 22 031' })
    expect(await kallelseText(PLANNED)).toContain('Vikarie Vikariesson')
    const bad = { ...edited, coordinator: { ...edited.coordinator, email: 'inte en adress' } }
    expect((await expectRefused(h, 'meetings.update', { id: PLANNED, patch: { senderSnapshot: bad } })).paths).toEqual(['patch.senderSnapshot.coordinator.email'])
    await h.call('settings.update', MERGED)
    const settings = await h.call<Settings>('settings.get')
    const taken = await h.call<Meeting>('meetings.update', { id: PLANNED, patch: { council: settings.councilName, senderSnapshot: senderSnapshotOf(settings) } })
    expect(taken.council).toBe('Hägersten-Älvsjö')
    expect(await kallelseText(PLANNED)).toContain('Nils Nysamordnare')
  })

  it('becomes what a held meeting keeps, with the look of the day; a held or cancelled meeting refuses a new one', async () => {
    h = await meetingsHarness()
    const meeting = await h.call<Meeting>('meetings.get', { id: PLANNED })
    const edited = { ...meeting.senderSnapshot!, placeName: 'Liljeholmen' }
    await h.call('meetings.update', { id: PLANNED, patch: { senderSnapshot: edited } })
    await h.call('settings.update', { ...MERGED, documents: { bodyFont: 'arial11' } })
    const held = await h.call<Meeting>('meetings.markHeld', { id: PLANNED })
    expect(held.heldWith).toMatchObject({ placeName: 'Liljeholmen', sender: { administration: 'Hägersten-Liljeholmens stadsdelsförvaltning' }, documents: { bodyFont: 'arial11' } })
    const refused = await expectRefused(h, 'meetings.update', { id: HELD, patch: { senderSnapshot: edited } })
    expect(refused).toMatchObject({ code: 'conflict', message: 'Ett genomfört eller inställt möte behåller avsändaren och kontaktrutan det hade då.' })
  })

  it('is left out of a meeting stored before it: the data stays valid, its documents take today\'s settings until it is held', async () => {
    const db = exampleDatabase()
    const planned = db.meetings.find((m) => m.id === PLANNED)!
    delete planned.senderSnapshot
    expect(DatabaseSchema.parse(JSON.parse(JSON.stringify(db))).meetings.find((m) => m.id === PLANNED)).not.toHaveProperty('senderSnapshot')
    h = await meetingsHarness(db)
    await h.call('settings.update', MERGED)
    const stored = await h.call<Meeting>('meetings.get', { id: PLANNED })
    expect(documentSettingsFor(stored, await h.call<Settings>('settings.get')).said.coordinator.name).toBe('Nils Nysamordnare')
    expect(await kallelseText(PLANNED)).toContain('Hägersten-Älvsjö stadsdelsförvaltning')
    const cancelled = await h.call<Meeting>('meetings.cancel', { id: PLANNED, reason: 'För få kan komma' })
    expect(cancelled.heldWith?.sender.administration).toBe('Hägersten-Älvsjö stadsdelsförvaltning')
  })

  it('is taken for every meeting of a year plan', async () => {
    h = await meetingsHarness()
    const created = await h.call<{ id: string }[]>('meetings.yearPlanCreate', { startTime: '9', endTime: '11', dates: ['2020-02-07', '2020-05-08'] })
    for (const { id } of created) expect((await h.call<Meeting>('meetings.get', { id })).senderSnapshot?.placeName).toBe('Hägersten-Liljeholmen')
  })
})
