import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import ICAL from 'ical.js'
import JSZip from 'jszip'
import { afterEach, describe, expect, it } from 'vitest'
import { EXAMPLE_IDS, exampleDatabase } from '../../../src/main/example'
import type { DocumentPreview } from '../../../src/shared/contract/documents'
import type { SaveResult } from '../../../src/shared/contract/files'
import type { MeetingSummary } from '../../../src/shared/contract/meetings'
import { expectRefused, meetingsHarness, type MeetingsHarness } from './harness'

let h: MeetingsHarness
afterEach(async () => h?.close())

const PLANNED = EXAMPLE_IDS.plannedMeeting

async function documentText(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes)
  return (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '')
}

describe('meetings.previewKallelse and meetings.saveKallelse', () => {
  it('previews the Word file of the meeting as it stands, issued today, with its open assignments', async () => {
    h = await meetingsHarness()
    const preview = await h.call<DocumentPreview>('meetings.previewKallelse', { id: PLANNED })
    expect(preview.fileName).toBe('kallelse-lokala-bra-2019-05-10.docx')
    const text = await documentText(Buffer.from(preview.base64, 'base64'))
    expect(text).toContain('Kallelse till lokala BRÅ Hägersten-Liljeholmen')
    expect(text).toContain('2019-04-26')
    expect(text).toMatch(/eftermiddag/i)
  })

  it('saves through the one save path; "Öppna" may then open it; a closed dialog writes nothing', async () => {
    h = await meetingsHarness()
    h.saveTo.path = join(h.dir, 'min-kallelse.docx')
    expect(await h.call<SaveResult>('meetings.saveKallelse', { id: PLANNED })).toEqual({ status: 'saved', path: h.saveTo.path })
    expect(await documentText(await readFile(h.saveTo.path))).toContain('Dagordning')
    expect(await h.call('files.open', { path: h.saveTo.path })).toBeNull()
    expect(h.opened).toEqual([h.saveTo.path])
    h.saveTo.path = null
    expect(await h.call<SaveResult>('meetings.saveKallelse', { id: PLANNED })).toEqual({ status: 'cancelled' })
  })

  it('refuses an unknown meeting and a bad id, writing nothing', async () => {
    h = await meetingsHarness()
    for (const method of ['meetings.previewKallelse', 'meetings.saveKallelse', 'meetings.saveInvitation', 'meetings.copyEmails']) {
      expect(await expectRefused(h, method, { id: 'ingen-sadan-id' })).toMatchObject({ code: 'notFound' })
      expect(await expectRefused(h, method, { id: PLANNED, extra: 1 })).toMatchObject({ code: 'invalidInput' })
    }
  })
})

describe('meetings.saveInvitation', () => {
  it('saves the .ics alone: a REQUEST with the meeting\'s UID; after a cancellation went out, the CANCEL', async () => {
    h = await meetingsHarness()
    h.saveTo.path = join(h.dir, 'inbjudan.ics')
    await h.call('meetings.saveInvitation', { id: PLANNED })
    const request = ICAL.Component.fromString(await readFile(h.saveTo.path, 'utf8'))
    expect(request.getFirstPropertyValue('method')).toBe('REQUEST')
    expect(request.getFirstSubcomponent('vevent')?.getFirstPropertyValue('uid')).toBe(`${PLANNED}@samverkan.example.org`)
    await h.call('meetings.sendKallelse', { id: PLANNED, kind: 'kallelse' })
    await h.call('meetings.cancel', { id: PLANNED, reason: 'Sjukdom' })
    await h.call('meetings.saveInvitation', { id: PLANNED })
    const cancel = ICAL.Component.fromString(await readFile(h.saveTo.path, 'utf8'))
    expect(cancel.getFirstPropertyValue('method')).toBe('CANCEL')
  })
})

describe('meetings.copyEmails', () => {
  it('puts the invitees\' addresses on the clipboard, separated by semicolons, and names who has none', async () => {
    const db = exampleDatabase()
    db.meetings.find((m) => m.id === PLANNED)!.invitees.push({ contactId: null, name: 'Gäst Utan Adress', role: '', organisation: '', email: '' })
    h = await meetingsHarness(db)
    const before = await h.dataFiles()
    const result = await h.call<{ text: string; count: number; missing: string[] }>('meetings.copyEmails', { id: PLANNED })
    expect(result.count).toBe(9)
    expect(result.text.split('; ')).toHaveLength(9)
    expect(result.text).toContain('abit.dundar@example.org; anders.carstorp@example.org')
    expect(result.missing).toEqual(['Gäst Utan Adress'])
    expect(h.clipboard).toEqual([result.text])
    expect(await h.dataFiles()).toBe(before)
  })

  it('leaves the clipboard alone when no one has an address', async () => {
    const db = exampleDatabase()
    for (const i of db.meetings.find((m) => m.id === PLANNED)!.invitees) i.email = ''
    h = await meetingsHarness(db)
    expect(await h.call('meetings.copyEmails', { id: PLANNED })).toMatchObject({ count: 0, text: '' })
    expect(h.clipboard).toEqual([])
  })
})

describe('meetings.saveYearPlanIcs', () => {
  it('saves the plan\'s meetings as one PUBLISH calendar, by date', async () => {
    h = await meetingsHarness()
    const created = await h.call<MeetingSummary[]>('meetings.yearPlanCreate', { dates: ['2020-05-08', '2020-02-07'], startTime: '9', endTime: '11' })
    h.saveTo.path = join(h.dir, 'plan.ics')
    const result = await h.call<SaveResult>('meetings.saveYearPlanIcs', { ids: created.map((m) => m.id) })
    expect(result.status).toBe('saved')
    const calendar = ICAL.Component.fromString(await readFile(h.saveTo.path, 'utf8'))
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH')
    const starts = calendar.getAllSubcomponents('vevent').map((e) => e.getFirstPropertyValue('dtstart')?.toString())
    expect(starts).toEqual(['2020-02-07T09:00:00', '2020-05-08T09:00:00'])
  })

  it('refuses an empty list or an unknown meeting', async () => {
    h = await meetingsHarness()
    expect(await expectRefused(h, 'meetings.saveYearPlanIcs', { ids: [] })).toMatchObject({ code: 'invalidInput', paths: ['ids'] })
    expect(await expectRefused(h, 'meetings.saveYearPlanIcs', { ids: [PLANNED, 'ingen-sadan-id'] })).toMatchObject({ code: 'notFound' })
  })
})
